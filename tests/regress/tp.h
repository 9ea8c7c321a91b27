static int tp = 0;
#pragma omp threadprivate(tp)
#define PFOR _Pragma("omp parallel for")

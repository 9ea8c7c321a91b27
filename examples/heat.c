/* heat.c - explicit 2-D heat diffusion on a square plate.
 *
 * A plain sequential C program: parc finds which loops are parallel.  The
 * time loop carries a dependence (each step reads the previous one) and
 * stays serial; the sweeps over the grid inside it are independent. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N 1200
#define STEPS 200

static double u[N][N], v[N][N];

/* Heat sources: a fixed pattern of hot spots. */
static void init(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            u[i][j] = ((i / 100 + j / 100) % 3 == 0) ? 64.0 : 0.0;
}

static void step(double alpha)
{
    for (int i = 1; i < N - 1; i++)
        for (int j = 1; j < N - 1; j++)
            v[i][j] = u[i][j] + alpha * (u[i - 1][j] + u[i + 1][j] +
                                         u[i][j - 1] + u[i][j + 1] - 4.0 * u[i][j]);
    for (int i = 1; i < N - 1; i++)
        for (int j = 1; j < N - 1; j++)
            u[i][j] = v[i][j];
}

/* Total heat and the hottest cell. */
static void stats(double *total, double *peak)
{
    double s = 0.0, m = 0.0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            s += u[i][j];
            if (u[i][j] > m)
                m = u[i][j];
        }
    *total = s;
    *peak = m;
}

int main(void)
{
    struct timespec t0, t1;
    init();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int t = 0; t < STEPS; t++)
        step(0.125);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double total, peak;
    stats(&total, &peak);
    /* Values are printed rounded so that any summation order agrees. */
    printf("total heat %.3e, peak %.4f\n", total, peak);
    fprintf(stderr, "time: %.3f s\n",
            (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec));
    return 0;
}

#include <stdio.h>
#include <stdlib.h>
#define N 4000
struct V { int n; int arr[0]; };          /* GNU zero-length array: the pre-C99 flexible member */
static void f(struct V *v, const int *in, int n)
{
  for (int i = 0; i < n; i++) v->arr[i] = in[i] + 1;
}
int main(void)
{
  struct V *v = malloc(sizeof *v + sizeof(int) * (N + 8));
  v->n = N;
  for (int i = 0; i < N + 8; i++) v->arr[i] = i % 7;
  f(v, v->arr + 1, N);         /* in[i] is v->arr[i + 1] */
  long s = 0; for (int i = 0; i < N + 8; i++) s = s * 3 + v->arr[i];
  printf("%ld\n", s);
  free(v);
  return 0;
}

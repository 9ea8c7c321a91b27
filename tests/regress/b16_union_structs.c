#include <stdio.h>
#define N 4000
struct A { int x; int pad; };
struct B { int y; int pad2; };
union U { struct A a; struct B b; };
static union U u[N + 1];
int main(void)
{
  for (int i = 0; i <= N; i++) u[i].a.x = i % 7;
  for (int i = 0; i < N; i++)
    u[i + 1].a.x = u[i].b.y + 1;          /* a.x and b.y are the same int */
  long s = 0; for (int i = 0; i <= N; i++) s = s * 3 + u[i].a.x;
  printf("%ld\n", s);
  return 0;
}

# Shared by the bench scripts (sourced from the repository root): compiles bench/lib/*.java once into a
# temporary folder and sets $bench_cp, the class path a client runs with:
#   bench_lib; java -cp "$bench_cp" bench/<module>/BebanX.java ...
# (Java's single-file launch cannot compile a second source file, so the shared classes come compiled.)
bench_lib() {
  bench_cp=$(mktemp -d /tmp/kc-bench-lib-XXXX)
  javac -nowarn -d "$bench_cp" bench/lib/*.java
}

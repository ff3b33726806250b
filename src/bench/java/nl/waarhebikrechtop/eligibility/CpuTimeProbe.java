package nl.waarhebikrechtop.eligibility;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A second opinion beside JMH for a busy shared machine: measures the evaluating thread's own CPU time, which
 * other processes competing for the cores disturb far less than wall-clock time. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=nl.waarhebikrechtop.eligibility.CpuTimeProbe}.
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        EvaluateBenchmark bench = new EvaluateBenchmark();
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 8; round++) {
            int n = 200_000;
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += bench.typicalFamilyWithTwoSchoolChildren().results().size();
            }
            double cpuPerOp = (threads.getCurrentThreadCpuTime() - cpu) / (double) n / 1000;
            double wallPerOp = (System.nanoTime() - wall) / (double) n / 1000;
            System.out.printf("round %d: %.2f us/op CPU time, %.2f us/op wall clock%n", round, cpuPerOp, wallPerOp);
        }
        System.out.println("(checksum " + sink + ")");
    }
}

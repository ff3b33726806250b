package nl.waarhebikrechtop.e2e;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * How much heap a live resident session holds on the server: N browsers each finish the check and stay on the results
 * page, and the server's heap after a full collection is compared with the heap before. The browser runs in its own
 * process; the server runs in this JVM, so the difference is the sessions (with their UI) and nothing of Chromium.
 *
 * <p>A measurement for the notes, not a test: it asserts nothing and is not part of CI (failsafe only runs
 * {@code *IT}). Run: {@code JAVA_HOME=<jdk25> ./mvnw -Pproduction,e2e verify -Dunit.skip=true
 * -Dit.test=SessionHeapMeasurement -Dsessions=30}.
 */
class SessionHeapMeasurement extends BrowserTest {

    @Test
    void heap_per_session_with_a_finished_check() throws InterruptedException {
        int sessions = Integer.getInteger("sessions", 30);
        // Warm up: classes, caches and the content are loaded once, not per session.
        try (BrowserSession.Tab tab = browser.open(390)) {
            CheckInBrowser.complete(tab, heading -> { });
        }
        long before = usedAfterGc();
        java.util.List<BrowserSession.Tab> open = new java.util.ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            BrowserSession.Tab tab = browser.open(390);
            CheckInBrowser.complete(tab, heading -> { });
            open.add(tab);
        }
        long after = usedAfterGc();
        System.out.printf("session heap: %d sessions on the results page; heap %d KiB -> %d KiB; %d KiB per session%n",
                sessions, before / 1024, after / 1024, (after - before) / 1024 / sessions);

        // For comparison: sessions that only opened the start page.
        long beforeHome = usedAfterGc();
        for (int i = 0; i < sessions; i++) {
            open.add(browser.open(390).go(""));
        }
        long afterHome = usedAfterGc();
        System.out.printf("session heap: %d sessions on the start page; %d KiB per session%n", sessions,
                (afterHome - beforeHome) / 1024 / sessions);
        open.forEach(BrowserSession.Tab::close);
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

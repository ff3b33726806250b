package nl.waarhebikrechtop.aanvraag.ui;

import java.util.concurrent.Semaphore;

/**
 * How many uploads this node takes in at the same time. Each upload is held in memory (at most 10 MB) until it is
 * checked and stored, so the number bounds that memory: 8 slots are at most 80 MB. An upload that finds no free
 * slot is refused at once, without being read, and the resident is asked to try again.
 */
final class UploadSlots {

    static final int CONCURRENT_UPLOADS = 8;

    private final Semaphore slots;

    UploadSlots(int size) {
        this.slots = new Semaphore(size);
    }

    /** @return whether a slot was free; when true, {@link #release()} must follow */
    boolean tryTake() {
        return slots.tryAcquire();
    }

    void release() {
        slots.release();
    }
}

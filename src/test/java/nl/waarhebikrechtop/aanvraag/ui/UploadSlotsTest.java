package nl.waarhebikrechtop.aanvraag.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadSlotsTest {

    @Test
    void no_more_uploads_are_taken_in_than_there_are_slots_and_a_finished_one_frees_its_slot() {
        UploadSlots slots = new UploadSlots(2);

        assertThat(slots.tryTake()).isTrue();
        assertThat(slots.tryTake()).isTrue();
        assertThat(slots.tryTake()).as("third at the same time").isFalse();
        slots.release();
        assertThat(slots.tryTake()).isTrue();
    }
}

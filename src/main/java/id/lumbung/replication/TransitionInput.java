package id.lumbung.replication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A status change: the stage reached, when (back-dating allowed, never the future) and a note. */
public record TransitionInput(
        @NotNull ReplicationStatus status,
        @PastOrPresent LocalDate date,
        @Size(max = 5000) String note) {
}

package app.rapport.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.rapport.domain.FollowUp;
import app.rapport.store.StoreTransaction;

/**
 * What re-evaluating the rules did to the follow-ups in one edit, to take back exactly: the ones it opened go
 * again, the ones it closed or retitled are as they were. The rules only ever close or retitle open ones.
 *
 * @param before the follow-ups it changed, as they were
 * @param after  the follow-ups it changed or opened, as it left them
 */
record QueueUndo(List<FollowUp> before, List<FollowUp> after) {

    QueueUndo {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The difference between every follow-up before the edit and after it. */
    static QueueUndo between(List<FollowUp> before, List<FollowUp> after) {
        Map<Long, FollowUp> was = byId(before);
        List<FollowUp> changed = after.stream().filter(f -> !f.equals(was.get(f.id()))).toList();
        return new QueueUndo(changed.stream().map(f -> was.get(f.id())).filter(Objects::nonNull).toList(),
                changed);
    }

    /** The contacts whose follow-ups these are. */
    Set<Long> contactIds() {
        Set<Long> ids = new HashSet<>();
        after.stream().map(FollowUp::contactId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** Whether the follow-ups of these contacts are still as the edit left them, in {@code now}, every one. */
    boolean stillAsLeft(List<FollowUp> now, Set<Long> contactIds) {
        Map<Long, FollowUp> current = byId(now);
        return after.stream().filter(f -> f.contactId() != null && contactIds.contains(f.contactId()))
                .allMatch(f -> f.equals(current.get(f.id())));
    }

    /**
     * Puts back those still as the edit left them in {@code now}; one that changed since (the Sort follow-up
     * counting a contact decided meanwhile) is left to the re-evaluation that follows an undo. Each was open
     * before, as the rules only ever close or retitle open ones.
     */
    void takeBack(StoreTransaction tx, List<FollowUp> now) {
        Map<Long, FollowUp> current = byId(now);
        Map<Long, FollowUp> was = byId(before);
        for (FollowUp left : after) {
            FollowUp previous = was.get(left.id());
            if (!left.equals(current.get(left.id()))) {
                continue;
            }
            if (previous == null) {
                tx.followUps().delete(left.id());
                continue;
            }
            if (previous.status() != left.status()) {
                tx.followUps().setStatus(previous.id(), previous.status(), null);
            }
            if (!previous.title().equals(left.title()) || !previous.message().equals(left.message())
                    || !previous.due().equals(left.due())) {
                tx.followUps().updateText(previous.id(), previous.title(), previous.message(), previous.due());
            }
        }
    }

    private static Map<Long, FollowUp> byId(List<FollowUp> followUps) {
        return followUps.stream().collect(Collectors.toMap(FollowUp::id, Function.identity()));
    }
}

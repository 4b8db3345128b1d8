package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.FieldError;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpRule;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.store.ContactRows;
import app.rapport.store.RuleInputs;
import app.rapport.store.Store;
import app.rapport.store.StoreTransaction;

/** The follow-up queue: list, complete, snooze, dismiss, and the user's own follow-ups. */
public final class FollowUpService {

    public static final int TITLE_MAX = 500;
    public static final int MESSAGE_MAX = 4_000;
    static final String COLLISION_WHY = "A professional contact can see your personal posts [000][001]";
    static final String MANUAL_WHY = "You added this yourself";

    private final Store store;
    private final Clock clock;

    public FollowUpService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every rule for every contact, looked at again as of today. */
    public void reevaluateAll() {
        RuleInputs inputs = store.ruleInputs();
        store.transactVoid(tx -> FollowUpQueue.reevaluateAll(tx, inputs, today()));
    }

    /**
     * At start-up: days may have passed since the last run, so due dates, birthdays and cadences move with the
     * calendar; a second start on the same day has nothing to redo. Returns whether it re-evaluated.
     */
    public boolean reevaluateForToday() {
        if (store.transact(tx -> FollowUpQueue.evaluatedOn(tx, today()))) {
            return false;
        }
        reevaluateAll();
        return true;
    }

    /**
     * Every open follow-up, soonest due first. The names come from the rules' inputs the store keeps: asked of
     * H2 for thousands of follow-ups, they were most of the time of reading the queue again after a write.
     */
    public List<FollowUpItem> open() {
        RuleInputs inputs = store.ruleInputs();
        return store.transact(tx -> openItems(tx, ids -> {
            // Only those the follow-ups are about, not a map of everyone: 30,000 names put in one were a tenth of
            // this read, which the sidebar's badge makes at start-up.
            Map<Long, String> names = new HashMap<>();
            List<Long> unknown = new ArrayList<>();
            for (Long id : ids) {
                Contact contact = inputs.contact(id);
                if (contact == null) {
                    unknown.add(id);
                } else {
                    names.put(id, contact.displayName());
                }
            }
            // Someone added since the inputs were read (a write racing this read) is asked of the store.
            if (!unknown.isEmpty()) {
                names.putAll(tx.contacts().displayNames(unknown));
            }
            return names;
        }));
    }

    /**
     * The open follow-ups as they would be after re-evaluating every rule as of the clock's today, soonest due
     * first. The re-evaluation is rolled back: looking at another day's queue leaves the stored one as it is.
     */
    public List<FollowUpItem> preview() {
        LocalDate today = today();
        return store.rehearse(tx -> {
            FollowUpQueue.reevaluateAll(tx, today);
            return openItems(tx, ids -> tx.contacts().displayNames(ids));
        });
    }

    private static List<FollowUpItem> openItems(StoreTransaction tx, Function<List<Long>, Map<Long, String>> namesOf) {
        List<FollowUp> open = tx.followUps().open();
        Map<Long, String> names = namesOf.apply(open.stream().map(FollowUp::contactId).filter(Objects::nonNull)
                .toList());
        Map<String, String> platforms = tx.platforms().all().stream()
                .collect(Collectors.toMap(Platform::id, Platform::name));
        List<FollowUpItem> items = new ArrayList<>();
        for (FollowUp followUp : open) {
            // The shared Sort follow-up is about no one contact: its title says how many.
            String name = followUp.contactId() == null ? "" : names.getOrDefault(followUp.contactId(), "?");
            items.add(new FollowUpItem(followUp, name,
                    followUp.platformId() == null ? null : platforms.get(followUp.platformId()), why(followUp)));
        }
        return items;
    }

    /** How many are due today or overdue: the number on the sidebar badge. */
    public int dueCount() {
        LocalDate today = today();
        return store.transact(tx -> (int) tx.followUps().open().stream()
                .filter(followUp -> !followUp.due().isAfter(today)).count());
    }

    /** Marks it done. Done with "Accept their request" (F3) records the connection too. */
    public FollowUpUndo complete(long id) {
        LocalDate today = today();
        return undoably(id, (tx, followUp) -> {
            tx.followUps().setStatus(id, FollowUpStatus.DONE, today);
            if (FollowUpRule.F3.name().equals(followUp.rule()) && followUp.platformId() != null) {
                LinkService.recordState(tx, followUp.contactId(), followUp.platformId(), LinkState.CONNECTED, today);
            }
            FollowUpQueue.reevaluate(tx, followUp.contactId() == null ? List.of() : List.of(followUp.contactId()),
                    today);
        });
    }

    public FollowUpUndo snooze(long id, LocalDate until) {
        if (until == null || !until.isAfter(today())) {
            throw invalid("due", "Snooze until a day after today.");
        }
        return undoably(id, (tx, followUp) -> {
            touched(tx, followUp);
            tx.followUps().setDue(id, until);
        });
    }

    /** Dismissed: gone, and the rule will not bring it back for the same reason. */
    public FollowUpUndo dismiss(long id) {
        LocalDate today = today();
        return undoably(id, (tx, followUp) -> {
            touched(tx, followUp);
            tx.followUps().setStatus(id, FollowUpStatus.DISMISSED, today);
        });
    }

    /**
     * Puts the follow-up back as it was before Done, Snooze or Dismiss, with whatever Done changed for its
     * contact (a connection recorded, follow-ups opened or closed).
     *
     * @throws IllegalStateException when it or its contact changed since; nothing was changed
     */
    public void undo(FollowUpUndo step) {
        LocalDate today = today();
        store.transactVoid(tx -> {
            if (step.contact() != null) {
                step.contact().takeBack(tx, today);
                return;
            }
            long id = step.before().id();
            if (!tx.followUps().find(id).equals(Optional.of(step.after()))) {
                throw new IllegalStateException("\u201c" + step.before().title() + "\u201d has changed since, and "
                        + "undoing it now would lose that change. Nothing was changed.");
            }
            tx.followUps().setStatus(id, step.before().status(), null);
            tx.followUps().setDue(id, step.before().due());
            FollowUpQueue.reevaluate(tx, List.of(), today);
        });
    }

    /** The Sort follow-up is about no one contact: saying nothing makes it a change to everything. */
    private static void touched(StoreTransaction tx, FollowUp followUp) {
        if (followUp.contactId() != null) {
            tx.touched(followUp.contactId());
        }
    }

    private FollowUpUndo undoably(long id, BiConsumer<StoreTransaction, FollowUp> change) {
        return store.transact(tx -> {
            FollowUp before = openFollowUp(tx, id);
            Set<Long> contact = before.contactId() == null ? Set.of() : Set.of(before.contactId());
            ContactRows rowsBefore = contact.isEmpty() ? null : tx.contacts().rowsOf(contact);
            change.accept(tx, before);
            FollowUp after = tx.followUps().find(id).orElseThrow();
            return new FollowUpUndo(before, after, contact.isEmpty() ? null : new RowsUndo(before.title(),
                    List.copyOf(contact), rowsBefore, tx.contacts().rowsOf(contact)));
        });
    }

    public FollowUp createManual(long contactId, String platformId, String title, String message, LocalDate due) {
        validate(title, message, due);
        LocalDate today = today();
        FollowUp followUp = new FollowUp(null, contactId, platformId, FollowUp.MANUAL,
                "MANUAL:" + UUID.randomUUID(), title.strip(), message == null ? "" : message.strip(), due,
                FollowUpStatus.OPEN, today);
        long id = store.transact(tx -> {
            tx.touched(contactId);
            return tx.followUps().insert(followUp);
        });
        return new FollowUp(id, contactId, platformId, followUp.rule(), followUp.triggerKey(), followUp.title(),
                followUp.message(), due, FollowUpStatus.OPEN, today);
    }

    public void editManual(long id, String title, String message, LocalDate due) {
        validate(title, message, due);
        store.transactVoid(tx -> {
            tx.touched(manual(tx, id).contactId());
            tx.followUps().updateText(id, title.strip(), message == null ? "" : message.strip(), due);
        });
    }

    public void deleteManual(long id) {
        store.transactVoid(tx -> {
            tx.touched(manual(tx, id).contactId());
            tx.followUps().delete(id);
        });
    }

    private static FollowUp openFollowUp(StoreTransaction tx, long id) {
        FollowUp followUp = tx.followUps().find(id)
                .orElseThrow(() -> new NoSuchElementException("This follow-up no longer exists."));
        if (followUp.status() != FollowUpStatus.OPEN) {
            throw new IllegalStateException("This follow-up is already " + followUp.status().name().toLowerCase() + ".");
        }
        return followUp;
    }

    private static FollowUp manual(StoreTransaction tx, long id) {
        FollowUp followUp = tx.followUps().find(id)
                .orElseThrow(() -> new NoSuchElementException("This follow-up no longer exists."));
        if (!FollowUp.MANUAL.equals(followUp.rule())) {
            throw new IllegalStateException("Only follow-ups you added yourself can be edited or deleted.");
        }
        return followUp;
    }

    private static String why(FollowUp followUp) {
        if (FollowUp.COLLISION.equals(followUp.rule())) {
            return COLLISION_WHY;
        }
        return FollowUpRule.named(followUp.rule()).map(FollowUpRule::why).orElse(MANUAL_WHY);
    }

    private static void validate(String title, String message, LocalDate due) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "Say what to do, e.g. \u201cSend Ada the slides\u201d."));
        } else if (title.strip().length() > TITLE_MAX) {
            errors.add(new FieldError("title", "A follow-up title can have at most " + TITLE_MAX + " characters."));
        }
        if (message != null && message.strip().length() > MESSAGE_MAX) {
            errors.add(new FieldError("message", String.format("A message can have at most %,d characters.", MESSAGE_MAX)));
        }
        if (due == null) {
            errors.add(new FieldError("due", "Pick the day it is due."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

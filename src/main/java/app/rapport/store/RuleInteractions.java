package app.rapport.store;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntConsumer;

import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionDays;
import app.rapport.domain.InteractionKind;

/**
 * One contact's interactions as the rules read them, held as a day and a kind each. The rule inputs keep everyone's,
 * 300,000 at 30,000 contacts, for as long as the application runs: as objects, with their lists, they were some
 * 14 MB of the heap, as days and kinds they are 4 MB. An interaction is made again each time it is asked for.
 */
final class RuleInteractions extends AbstractList<Interaction> implements RandomAccess, InteractionDays {

    private static final InteractionKind[] KINDS = InteractionKind.values();

    private final long contactId;
    private final int[] days;
    private final byte[] kinds;

    private RuleInteractions(long contactId, int[] days, byte[] kinds) {
        this.contactId = contactId;
        this.days = days;
        this.kinds = kinds;
    }

    /**
     * {@code interactions} of {@code contactId}, held so when each is as the rules read it (theirs, without id,
     * notes or the others present); otherwise an unmodifiable copy, exactly as given.
     */
    static List<Interaction> of(long contactId, List<Interaction> interactions) {
        if (interactions instanceof RuleInteractions kept && kept.contactId == contactId) {
            return kept;
        }
        int[] days = new int[interactions.size()];
        byte[] kinds = new byte[interactions.size()];
        for (int i = 0; i < days.length; i++) {
            Interaction interaction = interactions.get(i);
            if (interaction.contactId() != contactId || interaction.id() != null || !interaction.notes().isEmpty()
                    || !interaction.others().isEmpty()) {
                return List.copyOf(interactions);
            }
            days[i] = Math.toIntExact(interaction.on().toEpochDay());
            kinds[i] = (byte) interaction.kind().ordinal();
        }
        return new RuleInteractions(contactId, days, kinds);
    }

    /** The interactions of {@code contactId} on these days, of these kinds (ordinals of {@link InteractionKind}). */
    static List<Interaction> of(long contactId, int[] days, byte[] kinds) {
        if (days.length != kinds.length) {
            throw new IllegalArgumentException(days.length + " days for " + kinds.length + " kinds");
        }
        return new RuleInteractions(contactId, days, kinds);
    }

    @Override
    public Interaction get(int index) {
        return new Interaction(null, contactId, LocalDate.ofEpochDay(days[index]), KINDS[kinds[index]], "");
    }

    @Override
    public int epochDay(int index) {
        return days[index];
    }

    @Override
    public InteractionKind kind(int index) {
        return KINDS[kinds[index]];
    }

    void forEachDay(IntConsumer action) {
        for (int day : days) {
            action.accept(day);
        }
    }

    @Override
    public int size() {
        return days.length;
    }
}

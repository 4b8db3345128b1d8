package app.rapport.store;

import static app.rapport.store.jooq.Tables.INTERACTION;
import static app.rapport.store.jooq.Tables.INTERACTION_CONTACT;
import static app.rapport.store.jooq.Tables.LINKEDIN_MESSAGE_DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.store.jooq.tables.records.LinkedinMessageDaysRecord;

/**
 * The MESSAGE interactions a LinkedIn messages.csv gave, kept one row per person and import with the days in it
 * (migration V11: a row each made the import of 200,000 of them take seconds). Each day reads as an interaction
 * of its own, with an id of its own: negative, made of its row and its day, so it never meets an id the
 * interaction table hands out. Before such an interaction is changed or deleted, {@link #unpack} moves it to the
 * interaction table under that same id, and from there on it is an interaction like any other.
 */
final class LinkedInMessageDays {

    /** The source these days came from, as an interaction's source column names it. */
    static final String SOURCE = "LINKEDIN";

    // An id is -(row * ROW_SPAN + day + DAY_OFFSET): room for days from the year 601 to 3338.
    private static final long ROW_SPAN = 1_000_000;
    private static final long DAY_OFFSET = 500_000;
    private static final int INSERT_CHUNK = 500;

    private final DSLContext dsl;

    LinkedInMessageDays(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether a day can be kept in a row; one that cannot (a date centuries away) goes to the interaction table. */
    static boolean fits(LocalDate day) {
        long epochDay = day.toEpochDay();
        return epochDay >= -DAY_OFFSET && epochDay < ROW_SPAN - DAY_OFFSET;
    }

    /** The key a message day is stored under in the interaction table, beside its contact. */
    static String sourceKey(LocalDate day) {
        return "linkedin:" + day;
    }

    /** One row for each person: the days, none of them stored for that person already, that one import adds. */
    void insert(Map<Long, ? extends Collection<LocalDate>> daysByContact, String importRun) {
        List<Map.Entry<Long, ? extends Collection<LocalDate>>> people = new ArrayList<>(daysByContact.entrySet());
        people.removeIf(person -> person.getValue().isEmpty());
        for (int from = 0; from < people.size(); from += INSERT_CHUNK) {
            var chunk = people.subList(from, Math.min(from + INSERT_CHUNK, people.size()));
            var insert = dsl.insertInto(LINKEDIN_MESSAGE_DAYS, LINKEDIN_MESSAGE_DAYS.CONTACT_ID,
                    LINKEDIN_MESSAGE_DAYS.IMPORT_RUN, LINKEDIN_MESSAGE_DAYS.DAYS);
            for (var person : chunk) {
                insert = insert.values(person.getKey(), importRun, epochDays(person.getValue()));
            }
            WriteTracker.nextStatementTouches(chunk.stream().map(Map.Entry::getKey).toArray(Long[]::new));
            insert.execute();
        }
    }

    /** A contact's message days, each as an interaction with its id. */
    List<Interaction> ofContact(long contactId) {
        return interactions(LINKEDIN_MESSAGE_DAYS.CONTACT_ID.eq(contactId));
    }

    /** The message days of anyone whose contact id is from {@code from} to {@code to}, each with its id. */
    List<Interaction> withAnyoneBetween(long from, long to) {
        return interactions(LINKEDIN_MESSAGE_DAYS.CONTACT_ID.between(from, to));
    }

    /** Every message day of everyone, each with its id. */
    List<Interaction> all() {
        return interactions(DSL.noCondition());
    }

    /** The message day with this id, when it is still kept in its row. */
    Optional<Interaction> find(long id) {
        return place(id).flatMap(place -> rowHolding(place)
                .map(row -> message(id, row.getContactId(), LocalDate.ofEpochDay(place.epochDay()))));
    }

    /**
     * Moves the message day with this id from its row to the interaction table, same id, same day, with its
     * source and import, so that it can be changed or deleted as any interaction is. False when it is no
     * message day kept in a row (an ordinary interaction, one moved before, or none at all).
     */
    boolean unpack(long id) {
        Optional<Place> place = place(id);
        Optional<LinkedinMessageDaysRecord> holding = place.flatMap(this::rowHolding);
        if (holding.isEmpty()) {
            return false;
        }
        LinkedinMessageDaysRecord row = holding.get();
        int epochDay = place.get().epochDay();
        Integer[] left = Arrays.stream(row.getDays()).filter(day -> day != epochDay).toArray(Integer[]::new);
        // A row left without days stays: the day deleted last can go back into it, its import with it (undo).
        WriteTracker.nextStatementTouches(row.getContactId());
        dsl.update(LINKEDIN_MESSAGE_DAYS).set(LINKEDIN_MESSAGE_DAYS.DAYS, left)
                .where(LINKEDIN_MESSAGE_DAYS.ID.eq(row.getId())).execute();
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        WriteTracker.nextStatementTouches(row.getContactId());
        dsl.insertInto(INTERACTION)
                .set(INTERACTION.ID, id)
                .set(INTERACTION.HAPPENED_ON, day)
                .set(INTERACTION.KIND, InteractionKind.MESSAGE.name())
                .set(INTERACTION.NOTES, "")
                .set(INTERACTION.SOURCE, SOURCE)
                .set(INTERACTION.SOURCE_KEY, sourceKey(day))
                .set(INTERACTION.IMPORT_RUN, row.getImportRun())
                .execute();
        WriteTracker.nextStatementTouches(row.getContactId());
        dsl.insertInto(INTERACTION_CONTACT).set(INTERACTION_CONTACT.INTERACTION_ID, id)
                .set(INTERACTION_CONTACT.CONTACT_ID, row.getContactId()).execute();
        return true;
    }

    /**
     * Puts a message day that was deleted back into the row it came from, with that row's import, so that the
     * next import and the import's undo know it again. False when it is no such day as it was read from its row
     * (one changed before it was deleted, or one whose row is gone): that goes back as an ordinary interaction.
     */
    boolean putBack(Interaction interaction) {
        Optional<Place> place = place(interaction.id());
        if (place.isEmpty() || interaction.kind() != InteractionKind.MESSAGE || !interaction.notes().isEmpty()
                || !interaction.others().isEmpty() || interaction.on().toEpochDay() != place.get().epochDay()) {
            return false;
        }
        Optional<LinkedinMessageDaysRecord> row = dsl.selectFrom(LINKEDIN_MESSAGE_DAYS)
                .where(LINKEDIN_MESSAGE_DAYS.ID.eq(place.get().row()),
                        LINKEDIN_MESSAGE_DAYS.CONTACT_ID.eq(interaction.contactId())).fetchOptional();
        if (row.isEmpty()) {
            return false;
        }
        Integer[] days = row.get().getDays();
        if (!Arrays.asList(days).contains(place.get().epochDay())) {
            Integer[] back = Arrays.copyOf(days, days.length + 1);
            back[days.length] = place.get().epochDay();
            Arrays.sort(back);
            WriteTracker.nextStatementTouches(interaction.contactId());
            dsl.update(LINKEDIN_MESSAGE_DAYS).set(LINKEDIN_MESSAGE_DAYS.DAYS, back)
                    .where(LINKEDIN_MESSAGE_DAYS.ID.eq(row.get().getId())).execute();
        }
        return true;
    }

    private Optional<LinkedinMessageDaysRecord> rowHolding(Place place) {
        return dsl.selectFrom(LINKEDIN_MESSAGE_DAYS).where(LINKEDIN_MESSAGE_DAYS.ID.eq(place.row())).fetchOptional()
                .filter(row -> Arrays.asList(row.getDays()).contains(place.epochDay()));
    }

    /** Each contact's message days as "contact|day", to tell what an import would add again. */
    Set<String> contactDays() {
        Set<String> days = new HashSet<>();
        dsl.select(LINKEDIN_MESSAGE_DAYS.CONTACT_ID, LINKEDIN_MESSAGE_DAYS.DAYS).from(LINKEDIN_MESSAGE_DAYS)
                .forEach(row -> {
                    for (int day : row.value2()) {
                        days.add(row.value1() + "|" + LocalDate.ofEpochDay(day));
                    }
                });
        return days;
    }

    /** Contacts with a message day between the two days, both included. */
    Set<Long> contactIdsBetween(LocalDate from, LocalDate to) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        Set<Long> contacts = new HashSet<>();
        dsl.select(LINKEDIN_MESSAGE_DAYS.CONTACT_ID, LINKEDIN_MESSAGE_DAYS.DAYS).from(LINKEDIN_MESSAGE_DAYS)
                .forEach(row -> {
                    for (int day : row.value2()) {
                        if (day >= first && day <= last) {
                            contacts.add(row.value1());
                            return;
                        }
                    }
                });
        return contacts;
    }

    /** Every message day of the contacts {@code which} picks, as the rules see an interaction, in row order. */
    List<Interaction> forRules(Condition which, Map<LocalDate, LocalDate> sameDays) {
        List<Interaction> all = new ArrayList<>();
        dsl.select(LINKEDIN_MESSAGE_DAYS.CONTACT_ID, LINKEDIN_MESSAGE_DAYS.DAYS).from(LINKEDIN_MESSAGE_DAYS)
                .where(which).orderBy(LINKEDIN_MESSAGE_DAYS.ID).forEach(row -> {
                    for (int day : row.value2()) {
                        LocalDate on = sameDays.computeIfAbsent(LocalDate.ofEpochDay(day), same -> same);
                        all.add(new Interaction(null, row.value1(), on, InteractionKind.MESSAGE, ""));
                    }
                });
        return all;
    }

    /** Condition on the people of these rows, for reads of some contacts only. */
    static Condition ofContacts(Collection<Long> contactIds) {
        return Ids.among(LINKEDIN_MESSAGE_DAYS.CONTACT_ID, contactIds);
    }

    Set<Long> contactsOfRun(String importRun) {
        return new HashSet<>(dsl.selectDistinct(LINKEDIN_MESSAGE_DAYS.CONTACT_ID).from(LINKEDIN_MESSAGE_DAYS)
                .where(LINKEDIN_MESSAGE_DAYS.IMPORT_RUN.eq(importRun)).fetch(LINKEDIN_MESSAGE_DAYS.CONTACT_ID));
    }

    /** Deletes the rows one import added; the number of days they held. */
    int deleteOfRun(String importRun) {
        int days = dsl.select(LINKEDIN_MESSAGE_DAYS.DAYS).from(LINKEDIN_MESSAGE_DAYS)
                .where(LINKEDIN_MESSAGE_DAYS.IMPORT_RUN.eq(importRun)).fetch(LINKEDIN_MESSAGE_DAYS.DAYS).stream()
                .mapToInt(held -> held.length).sum();
        dsl.deleteFrom(LINKEDIN_MESSAGE_DAYS).where(LINKEDIN_MESSAGE_DAYS.IMPORT_RUN.eq(importRun)).execute();
        return days;
    }

    /** Gives one contact's message days to another (a merge); a day both had is then kept twice, as rows are. */
    void reassign(long fromContact, long toContact) {
        WriteTracker.nextStatementTouches(fromContact, toContact);
        dsl.update(LINKEDIN_MESSAGE_DAYS).set(LINKEDIN_MESSAGE_DAYS.CONTACT_ID, toContact)
                .where(LINKEDIN_MESSAGE_DAYS.CONTACT_ID.eq(fromContact)).execute();
    }

    private List<Interaction> interactions(Condition which) {
        List<Interaction> all = new ArrayList<>();
        for (Record3<Long, Long, Integer[]> row : dsl.select(LINKEDIN_MESSAGE_DAYS.ID,
                LINKEDIN_MESSAGE_DAYS.CONTACT_ID, LINKEDIN_MESSAGE_DAYS.DAYS).from(LINKEDIN_MESSAGE_DAYS)
                .where(which).orderBy(LINKEDIN_MESSAGE_DAYS.ID)) {
            for (int day : row.value3()) {
                all.add(message(id(row.value1(), day), row.value2(), LocalDate.ofEpochDay(day)));
            }
        }
        return all;
    }

    private static Interaction message(long id, long contactId, LocalDate day) {
        return new Interaction(id, contactId, day, InteractionKind.MESSAGE, "");
    }

    private static Integer[] epochDays(Collection<LocalDate> days) {
        days.stream().filter(day -> !fits(day)).findFirst().ifPresent(day -> {
            throw new IllegalArgumentException("A message day of " + day + " cannot be kept in a row.");
        });
        return days.stream().map(day -> (int) day.toEpochDay()).distinct().sorted().toArray(Integer[]::new);
    }

    private static long id(long row, int epochDay) {
        return -(row * ROW_SPAN + epochDay + DAY_OFFSET);
    }

    private record Place(long row, int epochDay) {
    }

    private static Optional<Place> place(long id) {
        if (id >= 0) {
            return Optional.empty();
        }
        long n = -id;
        return Optional.of(new Place(n / ROW_SPAN, (int) (n % ROW_SPAN - DAY_OFFSET)));
    }
}

package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One contact's facts and follow-up queue for a follow-up rules test. Facts are written as "days before today"
 * when they are added; moving today on later leaves them where they were, as time does.
 */
final class FollowUpScenario {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final long CONTACT_ID = 7;

    private LocalDate today;
    private Category category = Category.PERSONAL;
    private Relationship relationship = Relationship.FRIEND;
    private String vouchForThem = "";
    private LocalDate metOn;
    private LocalDate addedOn;
    private Integer keepInTouchWeeks;
    private YearlyDate birthday;
    private final List<ImportantDate> importantDates = new ArrayList<>();
    private boolean archived;
    private final List<Link> links = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private Settings settings = Settings.defaults();
    private List<Platform> platforms = Platform.defaults();
    private final List<FollowUp> queue = new ArrayList<>();
    private long nextId = 100;

    private FollowUpScenario(LocalDate today) {
        this.today = today;
        this.addedOn = today.minusDays(400);
    }

    /** Ana Lima, a personal friend added long ago, evaluated on {@link #TODAY}: no rule fires for her yet. */
    static FollowUpScenario contact() {
        return asOf(TODAY);
    }

    static FollowUpScenario asOf(LocalDate today) {
        return new FollowUpScenario(today);
    }

    FollowUpScenario is(Category newCategory, Relationship newRelationship) {
        category = newCategory;
        relationship = newRelationship;
        return this;
    }

    FollowUpScenario canVouch() {
        vouchForThem = "Sharp analyst; ran the Q3 migration without a hitch.";
        return this;
    }

    FollowUpScenario metDaysAgo(int days) {
        metOn = today.minusDays(days);
        return this;
    }

    FollowUpScenario addedDaysAgo(int days) {
        addedOn = today.minusDays(days);
        return this;
    }

    FollowUpScenario keepInTouchEveryWeeks(int weeks) {
        keepInTouchWeeks = weeks;
        return this;
    }

    FollowUpScenario birthday(LocalDate day) {
        birthday = YearlyDate.of(day);
        return this;
    }

    FollowUpScenario birthdayWithoutYear(int month, int day) {
        birthday = YearlyDate.of(month, day);
        return this;
    }

    FollowUpScenario importantDate(String label, YearlyDate date) {
        importantDates.add(new ImportantDate(label, date));
        return this;
    }

    FollowUpScenario archived() {
        archived = true;
        return this;
    }

    /** The link on a platform, changed {@code days} before today; it replaces the one there was. */
    FollowUpScenario link(String platformId, LinkState state, int days) {
        links.removeIf(link -> link.platformId().equals(platformId));
        links.add(new Link(CONTACT_ID, platformId, state, today.minusDays(days), ""));
        return this;
    }

    /** A link whose day nobody knows: a file named the state with a date that could not be read. */
    FollowUpScenario linkOnUnknownDay(String platformId, LinkState state) {
        links.removeIf(link -> link.platformId().equals(platformId));
        links.add(new Link(CONTACT_ID, platformId, state, null, ""));
        return this;
    }

    /** An interaction {@code days} before today; a negative number is a day still to come. */
    FollowUpScenario interaction(InteractionKind kind, int days) {
        interactions.add(new Interaction(null, CONTACT_ID, today.minusDays(days), kind, ""));
        return this;
    }

    FollowUpScenario undoLastInteraction() {
        interactions.removeLast();
        return this;
    }

    FollowUpScenario settings(Settings newSettings) {
        settings = newSettings;
        return this;
    }

    FollowUpScenario platforms(List<Platform> newPlatforms) {
        platforms = newPlatforms;
        return this;
    }

    FollowUpScenario daysLater(int days) {
        today = today.plusDays(days);
        return this;
    }

    /** A follow-up already in the queue, given an id as the store would. */
    FollowUpScenario stored(FollowUp followUp) {
        queue.add(withStatus(followUp, nextId++, followUp.status()));
        return this;
    }

    /** What the user does with an open follow-up of {@code rule}: complete or dismiss it. */
    FollowUpScenario userMarks(FollowUpRule rule, FollowUpStatus status) {
        FollowUp open = openOf(rule);
        queue.set(queue.indexOf(open), withStatus(open, open.id(), status));
        return this;
    }

    FollowUp openOf(FollowUpRule rule) {
        return queue.stream().filter(f -> f.rule().equals(rule.name()) && f.status() == FollowUpStatus.OPEN)
                .findFirst().orElseThrow();
    }

    List<FollowUp> queue() {
        return List.copyOf(queue);
    }

    LocalDate today() {
        return today;
    }

    FollowUpChanges evaluate() {
        return FollowUpRules.evaluate(asContact(), links, interactions, settings, platforms, queue, today);
    }

    /** Evaluates while more than five undecided contacts share one Sort follow-up. */
    FollowUpChanges evaluateSharingSort() {
        return FollowUpRules.evaluate(asContact(), links, interactions, settings, platforms, queue, true, today);
    }

    private Contact asContact() {
        return Contact.builder().id(CONTACT_ID).displayName("Ana Lima").givenName("Ana").familyName("Lima")
                .organization("Acme").role("Analyst").category(category).relationship(relationship).metOn(metOn)
                .addedOn(addedOn).vouchForThem(vouchForThem).keepInTouchWeeks(keepInTouchWeeks).birthday(birthday)
                .archived(archived).importantDates(importantDates).build();
    }

    /** Evaluates and applies the changes to the queue, as the service does in its transaction. */
    FollowUpChanges reEvaluate() {
        FollowUpChanges changes = evaluate();
        queue.replaceAll(f -> changes.toClose().contains(f.id()) ? withStatus(f, f.id(), FollowUpStatus.CLOSED) : f);
        changes.toOpen().forEach(this::stored);
        return changes;
    }

    private static FollowUp withStatus(FollowUp f, Long id, FollowUpStatus status) {
        return new FollowUp(id, f.contactId(), f.platformId(), f.rule(), f.triggerKey(), f.title(), f.message(),
                f.due(), status, f.createdOn());
    }
}

package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.FieldError;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.store.TableRows;

class ContactServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    ContactService contacts;

    @BeforeEach
    void open() {
        contacts = new ContactService(fixture.store, fixture.clock());
    }

    static Contact contact(String name, String organization, List<String> tags, String notes) {
        return Contact.builder().displayName(name).organization(organization).category(Category.PROFESSIONAL)
                .relationship(Relationship.COLLEAGUE).tags(tags).notes(notes).build();
    }

    @Test
    void aContactReadWholeGivesTheSameRowAsTheTable() {
        long ada = contacts.save(contact("Ada Lovelace", "Engines", List.of("math"), "Sharp mind").toBuilder()
                .emails(List.of("ada@example.com")).phones(List.of("+44 20 1234")).keepInTouchWeeks(4)
                .metOn(LocalDate.of(2025, 3, 1)).addedOn(LocalDate.of(2025, 3, 2)).build()).id();
        fixture.store.transactVoid(tx -> {
            tx.interactions().insert(new Interaction(null, ada, LocalDate.of(2026, 11, 5), InteractionKind.EMAIL, ""));
            tx.interactions().insert(new Interaction(null, ada, LocalDate.of(2026, 11, 22), InteractionKind.SOCIAL_MEDIA, ""));
        });

        ContactReadiness page = fixture.services.readiness().forContact(ada);

        assertThat(ContactService.summary(page.contact(), page.interactions()))
                .isEqualTo(contacts.summaries(Set.of(ada)).getFirst());
    }

    @Test
    void theRowsLeftAtCloseAreTheNextStartsRowsUntilAContactChanges() {
        long ada = contacts.save(contact("Ada Lovelace", "Engines", List.of("math"), "Sharp mind").toBuilder()
                .emails(List.of("ada@example.com")).build()).id();
        long grace = contacts.save(contact("Grace Hopper", "Navy", List.of(), "")).id();
        fixture.store.transactVoid(tx -> tx.interactions().insert(new Interaction(null, grace,
                LocalDate.of(2026, 11, 5), InteractionKind.EMAIL, "")));
        fixture.reopen();
        contacts = new ContactService(fixture.store, fixture.clock());
        assertThat(contacts.summariesForNextStart()).as("nothing read yet: the next start reads them itself")
                .isEmpty();
        List<ContactSummary> read = contacts.summaries();

        fixture.reopenLeaving(new TableRows(contacts.summariesForNextStart().orElseThrow().summaries(),
                "the order they left in"));
        contacts = new ContactService(fixture.store, fixture.clock());

        assertThat(contacts.summaries()).isEqualTo(read);
        assertThat(contacts.tableRows().order()).as("named by the close").isEqualTo("the order they left in");
        assertThat(contacts.summariesForNextStart()).hasValueSatisfying(left -> {
            assertThat(left.summaries()).isEqualTo(read);
            assertThat(left.order()).as("still in the order named, for the next close to keep").isEqualTo(
                    "the order they left in");
        });

        contacts.editMany(Set.of(ada), new ContactEdit.AddTag("engines"));

        assertThat(contacts.tableRows().order()).as("rows read from the store are in no known order").isNull();

        assertThat(contacts.summaries()).filteredOn(row -> row.id() == ada).singleElement()
                .satisfies(row -> assertThat(row.tags()).containsExactlyInAnyOrder("math", "engines"));
    }

    @Test
    void summariesCarryTagsAndTheLatestInteractionThatIsNotALike() {
        long ada = contacts.save(contact("Ada Lovelace", "", List.of("conference-2026", "math"), "Sharp mind")).id();
        long bob = contacts.save(contact("Bob", "", List.of(), "")).id();
        fixture.store.transactVoid(tx -> {
            tx.interactions().insert(new Interaction(null, ada, LocalDate.of(2026, 11, 5), InteractionKind.COFFEE_OR_MEAL, ""));
            tx.interactions().insert(new Interaction(null, ada, LocalDate.of(2026, 11, 20), InteractionKind.EMAIL, ""));
            tx.interactions().insert(new Interaction(null, ada, LocalDate.of(2026, 11, 22), InteractionKind.SOCIAL_MEDIA, ""));
        });

        List<ContactSummary> summaries = contacts.summaries();

        assertThat(summaries).extracting(ContactSummary::id).containsExactly(ada, bob);
        assertThat(summaries.getFirst().tags()).containsExactly("conference-2026", "math");
        assertThat(summaries.getFirst().lastInteraction()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(summaries.getFirst().notes()).isEqualTo("Sharp mind");
        assertThat(summaries.getLast().tags()).isEmpty();
        assertThat(summaries.getLast().lastInteraction()).isNull();
    }

    @Test
    void summariesFollowEveryWriteThoughTheyAreKeptBetweenWrites() {
        long ada = contacts.save(contact("Ada Lovelace", "", List.of(), "")).id();
        assertThat(contacts.summaries()).singleElement().extracting(ContactSummary::archived).isEqualTo(false);

        contacts.archive(ada);
        assertThat(contacts.summaries()).singleElement().extracting(ContactSummary::archived).isEqualTo(true);

        fixture.store.transactVoid(tx -> tx.interactions().insert(new Interaction(null, ada, TODAY, InteractionKind.EMAIL, "")));
        assertThat(contacts.summaries().getFirst().lastInteraction()).isEqualTo(TODAY);
    }

    @Test
    void aNewContactGetsAnIdAndIsAddedToday() {
        Contact saved = contacts.save(contact("Grace Hopper", "Navy", List.of(), ""));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.addedOn()).isEqualTo(TODAY);
        assertThat(contacts.get(saved.id())).isEqualTo(saved);
    }

    @Test
    void anInvalidContactIsRefusedWithEveryProblemAndNothingIsStored() {
        Contact bad = Contact.builder().displayName(" ").emails(List.of("grace-at-navy")).metOn(TODAY.plusDays(3))
                .build();
        assertThatThrownBy(() -> contacts.save(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("displayName", "emails", "metOn"));
        assertThat(contacts.summaries()).isEmpty();
    }

    @Test
    void savingAgainUpdatesAndKeepsTheDayItWasAdded() {
        Contact saved = contacts.save(contact("Grace Hopper", "Navy", List.of(), ""));
        Contact renamed = Contact.builder().id(saved.id()).displayName("Rear Admiral Grace Hopper")
                .organization("US Navy").category(Category.BOTH).relationship(Relationship.FRIEND)
                .tags(List.of("cobol")).addedOn(saved.addedOn()).keepInTouchWeeks(4).build();
        contacts.save(renamed);
        assertThat(contacts.get(saved.id())).isEqualTo(renamed);
        assertThat(contacts.summaries()).hasSize(1);
    }

    @Test
    void archiveHidesFromTheActiveListAndRestoreBringsBack() {
        Contact saved = contacts.save(contact("Grace Hopper", "Navy", List.of(), ""));
        contacts.archive(saved.id());
        assertThat(contacts.get(saved.id()).archived()).isTrue();
        contacts.restore(saved.id());
        assertThat(contacts.get(saved.id()).archived()).isFalse();
        assertThatThrownBy(() -> contacts.archive(saved.id() + 1000)).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void searchFindsContactsByNameOrganizationTagsAndNotes() {
        contacts.save(contact("Grace Hopper", "US Navy", List.of("cobol"), "Found the first bug"));
        contacts.save(contact("Ada Lovelace", "Analytical Engines", List.of("math"), ""));
        contacts.save(contact("Alan Turing", "Bletchley Park", List.of("math", "crypto"), "Runs marathons"));

        assertThat(search("navy")).containsExactly("Grace Hopper");
        assertThat(search("math")).containsExactlyInAnyOrder("Ada Lovelace", "Alan Turing");
        assertThat(search("marathon")).containsExactly("Alan Turing");
        assertThat(search("bug hopper")).containsExactly("Grace Hopper");
        assertThat(search("lovelace navy")).isEmpty();
    }

    @Test
    void mergeKeepsEveryInteractionLinkAndFollowUpOfBoth() {
        Services services = Services.over(fixture.store, fixture.clock());
        Contact kept = contacts.save(contact("Ada Lovelace", "Analytical Engines", List.of("math"), "Mine"));
        Contact other = contacts.save(contact("Ada King", "", List.of("countess"), "Theirs"));
        services.interactions().log(new Interaction(null, kept.id(), TODAY.minusDays(3),
                InteractionKind.EMAIL, ""));
        services.interactions().log(new Interaction(null, other.id(), TODAY.minusDays(9),
                InteractionKind.COFFEE_OR_MEAL, ""));
        services.links().changeState(kept.id(), "linkedin", LinkState.CONNECTED);
        services.links().changeState(other.id(), "linkedin", LinkState.REQUEST_SENT);
        services.links().changeState(other.id(), "x", LinkState.CONNECTED);
        services.followUps().createManual(other.id(), null, "Send Ada the slides", "", TODAY.plusDays(1));

        Contact merged = contacts.merge(kept.id(), other.id()).merged();

        assertThat(merged.displayName()).isEqualTo("Ada Lovelace");
        assertThat(merged.tags()).containsExactly("math", "countess");
        assertThat(merged.notes()).isEqualTo("Mine\n\nTheirs");
        var page = services.readiness().forContact(kept.id());
        assertThat(page.interactions()).hasSize(2);
        assertThat(page.platforms()).filteredOn(card -> card.platform().id().equals("linkedin")).singleElement()
                .satisfies(card -> assertThat(card.link().orElseThrow().state())
                        .isEqualTo(LinkState.CONNECTED));
        assertThat(page.platforms()).filteredOn(card -> card.platform().id().equals("x")).singleElement()
                .satisfies(card -> assertThat(card.link().orElseThrow().state())
                        .isEqualTo(LinkState.CONNECTED));
        assertThat(page.linkHistory()).hasSize(3);
        assertThat(page.openFollowUps()).extracting(f -> f.title()).contains("Send Ada the slides");
        assertThat(contacts.summaries()).extracting(ContactSummary::displayName).containsExactly("Ada Lovelace");
        assertThatThrownBy(() -> contacts.merge(kept.id(), kept.id())).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> search(String query) {
        Predicate<String> matches = ContactSearch.matcher(query);
        return contacts.summaries().stream()
                .filter(summary -> matches.test(ContactSearch.searchableText(summary)))
                .map(ContactSummary::displayName)
                .toList();
    }
}

package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.FieldError;
import app.rapport.domain.Relationship;
import app.rapport.store.Store;

class ContactServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    ContactService contacts;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        contacts = new ContactService(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Contact contact(String name, String organization, List<String> tags, String notes) {
        return new Contact(null, name, "", "", organization, "", Category.PROFESSIONAL, Relationship.COLLEAGUE,
                List.of(), List.of(), tags, notes, "", null, null, "", "", null, null, false);
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
        Contact bad = new Contact(null, " ", "", "", "", "", null, null, List.of("grace-at-navy"), List.of(), List.of(),
                "", "", TODAY.plusDays(3), null, "", "", null, null, false);
        assertThatThrownBy(() -> contacts.save(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("displayName", "emails", "metOn"));
        assertThat(contacts.summaries()).isEmpty();
    }

    @Test
    void savingAgainUpdatesAndKeepsTheDayItWasAdded() {
        Contact saved = contacts.save(contact("Grace Hopper", "Navy", List.of(), ""));
        Contact renamed = new Contact(saved.id(), "Rear Admiral Grace Hopper", "", "", "US Navy", "", Category.BOTH,
                Relationship.FRIEND, List.of(), List.of(), List.of("cobol"), "", "", null, saved.addedOn(), "", "",
                4, null, false);
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

    private List<String> search(String query) {
        Predicate<String> matches = ContactSearch.matcher(query);
        return contacts.summaries().stream()
                .filter(summary -> matches.test(ContactSearch.searchableText(summary)))
                .map(ContactSummary::displayName)
                .toList();
    }
}

package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.store.Store;

/** The change signal says, after each committed use case, what it changed; pages re-read only that. */
class ChangesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;
    final List<Change> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        services.changes().subscribe(heard::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savingAContactChangesThatContact() {
        Contact ada = services.contacts().save(Contact.named("Ada Lovelace", TODAY));
        assertThat(heard).containsExactly(Change.contact(ada.id()));
    }

    @Test
    void loggingAnInteractionOrRecordingARequestChangesItsContact() {
        Contact ada = services.contacts().save(Contact.named("Ada Lovelace", TODAY));
        heard.clear();
        services.interactions().log(new Interaction(null, ada.id(), TODAY, InteractionKind.COFFEE_OR_MEAL, ""));
        services.links().changeState(ada.id(), "linkedin", LinkState.REQUEST_RECEIVED);
        assertThat(heard).containsExactly(Change.contact(ada.id()), Change.contact(ada.id()));
    }

    @Test
    void mergingChangesBothContacts() {
        Contact ada = services.contacts().save(Contact.named("Ada Lovelace", TODAY));
        Contact copy = services.contacts().save(Contact.named("Ada L.", TODAY));
        heard.clear();
        services.contacts().merge(ada.id(), copy.id());
        assertThat(heard).containsExactly(Change.contacts(List.of(ada.id(), copy.id())));
    }

    @Test
    void theRulesTheUsersNameAndPlatformsAreSettings() {
        services.rules().saveMyName("Sam");
        services.rules().saveSettings(services.rules().settings());
        assertThat(heard).containsExactly(Change.SETTINGS, Change.SETTINGS);
        assertThat(Change.SETTINGS.concerns(42)).as("a setting can change any verdict").isTrue();
    }

    @Test
    void aPreferenceSuchAsTheWindowSizeIsNotShownOnAnyPage() {
        services.preferences().put("window.width", "1200");
        assertThat(heard).singleElement().satisfies(change -> assertThat(change.isShown()).isFalse());
    }

    @Test
    void aWriteThatSaysNothingCountsAsEverything() {
        services.sampleData().load();
        assertThat(heard).isNotEmpty().allSatisfy(change -> assertThat(change.everything()).isTrue());
    }

    @Test
    void aReadOrAFailedWriteChangesNothing() {
        services.contacts().summaries();
        assertThatThrownBy(() -> services.contacts().save(Contact.named("", TODAY)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.transactVoid(tx -> {
            tx.contacts().insert(Contact.named("Rolled back", TODAY));
            throw new IllegalStateException("disk on fire");
        })).hasMessage("disk on fire");
        assertThat(heard).isEmpty();
    }

    @Test
    void restoringABackupChangesEverything() {
        services.contacts().save(Contact.named("Ada Lovelace", TODAY));
        Path backup = services.backups().backup(null);
        heard.clear();
        services.backups().restore(backup);
        assertThat(heard).contains(Change.EVERYTHING);
    }

    @Test
    void manyContactsAtOnceAreEverything() {
        List<Long> many = java.util.stream.LongStream.range(0, Change.MAX_CONTACTS + 1).boxed().toList();
        assertThat(Change.contacts(many)).isEqualTo(Change.EVERYTHING);
        assertThat(Change.contact(1).and(Change.contact(2))).isEqualTo(Change.contacts(List.of(1L, 2L)));
    }
}

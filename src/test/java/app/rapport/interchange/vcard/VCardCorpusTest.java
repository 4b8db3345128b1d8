package app.rapport.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.rapport.domain.Contact;
import app.rapport.service.ImportPlan;
import app.rapport.service.WorkProgress;
import app.rapport.service.ImportService;
import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * Every real vCard of the shared corpus (phones, mail apps, library test suites and RFC examples; see its
 * SOURCES.txt) imports whole into a fresh store: each card becomes a contact under the name a phone would show,
 * with its birthday; and exporting those contacts as vCards and importing them again loses no name, email,
 * phone, birthday or important date.
 */
class VCardCorpusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static List<Path> corpus() throws Exception {
        return CorpusCards.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCardBecomesAContactWithItsNameAndBirthday(Path file) throws Exception {
        List<CorpusCards.Card> cards = CorpusCards.cards(file);
        try (Store store = Store.open(dir.resolve("store"))) {
            Services services = Services.over(store, CLOCK);
            ImportService.ReadFiles read = services.imports().read(List.of(file));
            assertThat(read.problems()).as("problems with %s", file.getFileName()).isEmpty();
            ImportPlan plan = services.imports().plan(read);
            assertThat(plan.skipped()).as("cards of %s left out", file.getFileName()).isEmpty();
            services.imports().apply(plan, WorkProgress.NONE);

            List<Contact> stored = store.transact(tx -> tx.contacts().allFull());
            Map<String, Contact> byName = stored.stream()
                    .collect(Collectors.toMap(Contact::displayName, Function.identity(), (first, second) -> first));
            for (CorpusCards.Card card : cards) {
                assertThat(byName).as("the contacts imported from %s", file.getFileName()).containsKey(card.name());
                if (card.birthday() != null) {
                    assertThat(byName.get(card.name()).birthday()).as("the birthday of %s", card.name())
                            .isEqualTo(card.birthday());
                }
            }
            assertThat(stored).as("one contact per card (cards of one person merge)").hasSizeLessThanOrEqualTo(
                    cards.size());
            assertThat(stored.size()).as("distinct people of %s", file.getFileName())
                    .isEqualTo(cards.stream().map(CorpusCards.Card::name).distinct().count());

            Path exported = dir.resolve("exported.vcf");
            services.exports().export(exported);
            try (Store again = Store.open(dir.resolve("again"))) {
                Services other = Services.over(again, CLOCK);
                ImportService.ReadFiles reread = other.imports().read(List.of(exported));
                assertThat(reread.problems()).as("problems re-reading the export of %s", file.getFileName())
                        .isEmpty();
                other.imports().apply(other.imports().plan(reread), WorkProgress.NONE);
                assertThat(again.transact(tx -> tx.contacts().allFull()).stream().map(VCardCorpusTest::kept))
                        .as("what the round trip of %s kept", file.getFileName())
                        .containsExactlyInAnyOrderElementsOf(stored.stream().map(VCardCorpusTest::kept).toList());
            }
            assertThat(Files.size(exported)).isPositive();
        }
    }

    /** What a vCard round trip must keep of a contact. */
    private static List<Object> kept(Contact contact) {
        return List.of(contact.displayName(), contact.givenName(), contact.familyName(), contact.emails(),
                contact.phones(), String.valueOf(contact.birthday()), contact.importantDates());
    }
}

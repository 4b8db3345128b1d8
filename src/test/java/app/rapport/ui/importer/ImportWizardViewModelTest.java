package app.rapport.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview's counts name the new contacts, then only what else the files hold. */
class ImportWizardViewModelTest {

    @ParameterizedTest(name = "{0} new, {1} merged, {2} invitations, {3} skipped: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            30000 | 0 | 0 | 0 | 30,000 new contacts
            1     | 0 | 0 | 0 | 1 new contact
            0     | 0 | 0 | 0 | 0 new contacts
            3     | 1 | 0 | 2 | 3 new contacts · 1 merged with a contact you have · 2 rows skipped
            0     | 5 | 1 | 1 | 0 new contacts · 5 merged with contacts you have · 1 LinkedIn invitation · 1 row skipped
            """)
    void planWords(long created, long merged, long invitations, long skipped, String words) {
        assertThat(ImportWizardViewModel.planWords(created, merged, invitations, skipped)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} new, {1} merged, {2} invitations, {3} skipped: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            30000 | 0 | 0 | 0 | Imported: 30,000 new contacts.
            1     | 1 | 1 | 1 | Imported: 1 new contact, 1 merged with a contact you had, 1 LinkedIn invitation. 1 row was skipped, as listed before.
            0     | 4 | 0 | 3 | Imported: 0 new contacts, 4 merged with contacts you had. 3 rows were skipped, as listed before.
            """)
    void doneWords(long created, long merged, long invitations, long skipped, String words) {
        assertThat(ImportWizardViewModel.doneWords(created, merged, invitations, skipped)).isEqualTo(words);
    }
}

package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.rapport.domain.Contact;

/** The export's progress and Cancel, on a real store; what each format holds is tested with its writer. */
class ExportServiceTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @BeforeEach
    void contacts() {
        for (String name : List.of("Ada Lovelace", "Grace Hopper", "Alan Turing")) {
            fixture.services.contacts().save(Contact.named(name, null));
        }
    }

    @Test
    void anArchiveSaysHowManyContactsItHasWritten() {
        CancelAt watch = new CancelAt("nothing");

        fixture.services.exports().export(fixture.scratch().resolve("all.rapport.json"), watch);

        assertThat(watch.reports).startsWith("Exporting 0/0", "Exporting 0/3").endsWith("Exporting 3/3");
    }

    @ParameterizedTest(name = "{0}, Cancel at \"{1}\"")
    @CsvSource({"all.rapport.json, Exporting 0/0", "all.rapport.json, Exporting 0/3", "phone.vcf, Exporting 0/0",
            "sheet.csv, Exporting 0/0"})
    void aCancelledExportWritesNoFile(String name, String cancelAt) throws IOException {
        Path folder = Files.createDirectories(fixture.scratch().resolve("exports"));
        Path file = folder.resolve(name);

        assertThatThrownBy(() -> fixture.services.exports().export(file, new CancelAt(cancelAt)))
                .isInstanceOf(WorkCancelledException.class)
                .hasMessage("The export was cancelled. Nothing was written.");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("neither the file nor its temporary twin").isEmpty();
        }
    }
}

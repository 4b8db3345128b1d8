package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchiveReader;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.interchange.archive.ArchivedInteraction;

/** The store written as an archive a few contacts at a time is the same archive as written in one part. */
class ArchiveSnapshotTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.at(LocalDateTime.of(2026, 11, 23, 9, 30));

    @Test
    void anArchiveWrittenInPartsIsTheArchiveWrittenWhole() throws Exception {
        List<Contact> people = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> fixture.services.contacts().save(Contact.named("Person " + i, null))).toList();
        fixture.services.contacts().archive(people.get(5).id());
        // With two contacts a part, the group's people are in three different parts.
        fixture.services.interactions().log(Interaction.with(null,
                List.of(people.get(0).id(), people.get(2).id(), people.get(4).id()), LocalDate.of(2026, 11, 2),
                InteractionKind.COFFEE_OR_MEAL, "Three of us"));
        fixture.services.interactions().log(new Interaction(null, people.get(3).id(), LocalDate.of(2026, 10, 1),
                InteractionKind.PHONE_CALL, "A call"));
        fixture.services.interactions().log(Interaction.with(null, List.of(people.get(6).id(), people.get(1).id()),
                LocalDate.of(2026, 9, 9), InteractionKind.MESSAGE, ""));
        fixture.services.links().changeState(people.get(1).id(), "linkedin", LinkState.CONNECTED);
        fixture.services.links().changeState(people.get(6).id(), "facebook", LinkState.REQUEST_SENT);

        String whole = written(1_000);
        String inParts = written(2);

        assertThat(inParts).isEqualTo(whole);
        Archive archive = read(inParts);
        assertThat(archive.contacts()).hasSize(7);
        assertThat(archive.contacts()).flatExtracting(ArchivedContact::interactions).hasSize(3);
        ArchivedContact first = archive.contacts().getFirst();
        assertThat(first.interactions()).singleElement().extracting(ArchivedInteraction::with)
                .isEqualTo(List.of("c" + people.get(2).id(), "c" + people.get(4).id()));
        assertThat(archive.contacts().get(1).interactions()).singleElement().extracting(ArchivedInteraction::with)
                .isEqualTo(List.of("c" + people.get(6).id()));
        assertThat(archive.contacts().get(1).links()).hasSize(1);
        assertThat(archive.contacts().get(5).contact().archived()).isTrue();
    }

    @Test
    void anEmptyStoreIsAnArchiveWithoutContacts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = fixture.store.transact(tx -> ArchiveSnapshot.write(tx, out));

        assertThat(written).isZero();
        assertThat(read(out.toString(StandardCharsets.UTF_8)).contacts()).isEmpty();
    }

    private String written(int contactsPerRead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = fixture.store.transact(tx -> ArchiveSnapshot.write(tx, out, contactsPerRead, (done, total) -> { }));
        assertThat(written).isEqualTo(7);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Archive read(String json) throws Exception {
        return new ArchiveReader(LocalDate.of(2026, 11, 23))
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "store.rapport.json");
    }
}

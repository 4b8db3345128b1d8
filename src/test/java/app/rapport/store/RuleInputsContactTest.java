package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Contact;
import app.rapport.domain.Settings;

/** The rules' inputs find a contact by id among everyone, archived or not, or say there is none. */
class RuleInputsContactTest {

    private static Contact withId(long id) {
        return Contact.builder().id(id).displayName("Contact " + id).archived(id % 5 == 0).build();
    }

    private static RuleInputs of(long... ids) {
        return new RuleInputs(LongStream.of(ids).mapToObj(RuleInputsContactTest::withId).toList(), List.of(),
                Settings.defaults(), Map.of(), Map.of());
    }

    @Test
    void everyContactIsFoundByItsIdArchivedOrNot() {
        RuleInputs inputs = of(LongStream.rangeClosed(1, 1_000).map(i -> i * 3).toArray());

        for (long id = 3; id <= 3_000; id += 3) {
            assertThat(inputs.contact(id)).isNotNull().extracting(Contact::id).isEqualTo(id);
        }
        assertThat(inputs.contact(5 * 3)).extracting(Contact::archived).isEqualTo(true);
    }

    @Test
    void anIdNobodyHasFindsNoOne() {
        RuleInputs inputs = of(2, 4, 8, 16);

        assertThat(List.of(0L, 1L, 3L, 9L, 17L, -4L, Long.MAX_VALUE)).allSatisfy(id ->
                assertThat(inputs.contact(id)).as("id %d", id).isNull());
        assertThat(of().contact(1)).isNull();
        assertThat(of(7).contact(7)).extracting(Contact::displayName).isEqualTo("Contact 7");
    }
}

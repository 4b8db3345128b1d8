package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    static final Set<String> REPORT = Set.of("--as-of", "--format");

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        Arguments arguments = Arguments.parse(List.of("--as-of", "2026-12-01", "--format=table"), REPORT);
        assertThat(arguments.option("--as-of")).contains("2026-12-01");
        assertThat(arguments.option("--format")).contains("table");
        assertThat(arguments.positional()).isEmpty();
    }

    @Test
    void positionalArgumentsKeepTheirOrderAmongOptions() {
        Arguments arguments = Arguments.parse(List.of("a.csv", "--format", "csv", "b.vcf"), REPORT);
        assertThat(arguments.positional()).containsExactly("a.csv", "b.vcf");
    }

    @Test
    void twoDashesEndTheOptionsForFilesThatStartWithADash() {
        Arguments arguments = Arguments.parse(List.of("--", "-odd.ics", "--format"), REPORT);
        assertThat(arguments.positional()).containsExactly("-odd.ics", "--format");
        assertThat(arguments.option("--format")).isEmpty();
    }

    @Test
    void aLoneDashIsAnArgument() {
        assertThat(Arguments.parse(List.of("-"), REPORT).positional()).containsExactly("-");
    }

    @Test
    void unknownRepeatedOrEmptyOptionsAreBadInput() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--verbose"), REPORT))
                .isInstanceOf(BadInputException.class).hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> Arguments.parse(List.of("--as-of=2026-01-01", "--as-of", "2026-01-02"), REPORT))
                .isInstanceOf(BadInputException.class).hasMessage("--as-of is given twice");
        assertThatThrownBy(() -> Arguments.parse(List.of("--format"), REPORT))
                .isInstanceOf(BadInputException.class).hasMessage("--format needs a value");
    }

    @Test
    void theNumberOfPositionalArgumentsIsChecked() {
        Arguments two = Arguments.parse(List.of("a", "b"), Set.of());
        assertThat(two.positional(1, 2, "x FILE...")).containsExactly("a", "b");
        assertThatThrownBy(() -> two.positional(1, 1, "export FILE"))
                .isInstanceOf(BadInputException.class).hasMessage("unexpected argument b (usage: export FILE)");
        assertThatThrownBy(() -> Arguments.parse(List.of(), Set.of()).positional(1, 1, "restore FILE"))
                .isInstanceOf(BadInputException.class).hasMessage("missing argument (usage: restore FILE)");
    }
}

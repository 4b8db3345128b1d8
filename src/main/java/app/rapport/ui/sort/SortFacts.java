package app.rapport.ui.sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.DayText;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.service.SortItem;

/** The facts that decide, as Sort words them: "Platforms: LinkedIn (connected), Facebook (request sent)". */
final class SortFacts {


    /** A fact's name and its words. */
    record Fact(String label, String value) {
        String text() {
            return label + ": " + value;
        }
    }

    private SortFacts() {
    }

    /** Only the facts that are known, in the order a person reads them. */
    static List<Fact> of(SortItem item) {
        Contact contact = item.contact();
        List<Fact> facts = new ArrayList<>();
        add(facts, "Organization", contact.organization());
        add(facts, "Role", contact.role());
        add(facts, "Emails", String.join(", ", contact.emails()));
        add(facts, "Platforms", platforms(item));
        add(facts, "Last interactions", item.latestInteractions().stream()
                .map(i -> i.kind().label() + " on " + DayText.of(i.on())).collect(Collectors.joining(", ")));
        add(facts, "How we met", contact.howWeMet());
        return facts;
    }

    // In the user's order of platforms; "not connected" says nothing that deciding needs.
    private static String platforms(SortItem item) {
        Map<String, Platform> platforms = item.platforms().stream()
                .collect(Collectors.toMap(Platform::id, Function.identity(), (a, b) -> a));
        return item.links().stream().filter(link -> link.state() != LinkState.NONE)
                .sorted(Comparator.comparingInt(link -> Optional.ofNullable(platforms.get(link.platformId()))
                        .map(Platform::position).orElse(Integer.MAX_VALUE)))
                .map(link -> name(link, platforms) + " (" + link.state().label().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String name(Link link, Map<String, Platform> platforms) {
        Platform platform = platforms.get(link.platformId());
        return platform == null ? link.platformId() : platform.name();
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value));
        }
    }
}

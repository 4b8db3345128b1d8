package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two records of the same person made into one. What the user already wrote wins; the other record only fills
 * what is blank and adds what is missing, so nothing typed by hand is ever overwritten by an import.
 */
public final class ContactMerge {

    private ContactMerge() {
    }

    public static Contact absorb(Contact kept, Contact other) {
        return Contact.builder()
                .id(kept.id())
                .displayName(kept.displayName())
                .givenName(either(kept.givenName(), other.givenName()))
                .familyName(either(kept.familyName(), other.familyName()))
                .organization(either(kept.organization(), other.organization()))
                .role(either(kept.role(), other.role()))
                .category(kept.category() == Category.UNDECIDED ? other.category() : kept.category())
                .relationship(kept.relationship() == Relationship.OTHER ? other.relationship() : kept.relationship())
                .emails(union(kept.emails(), other.emails()))
                .phones(union(kept.phones(), other.phones()))
                .tags(union(kept.tags(), other.tags()))
                .notes(notes(kept.notes(), other.notes()))
                .howWeMet(either(kept.howWeMet(), other.howWeMet()))
                .metOn(earlier(kept.metOn(), other.metOn()))
                .addedOn(earlier(kept.addedOn(), other.addedOn()))
                .vouchForThem(either(kept.vouchForThem(), other.vouchForThem()))
                .vouchForMe(either(kept.vouchForMe(), other.vouchForMe()))
                .keepInTouchWeeks(kept.keepInTouchWeeks() != null ? kept.keepInTouchWeeks() : other.keepInTouchWeeks())
                .birthday(birthday(kept.birthday(), other.birthday()))
                .archived(kept.archived())
                .importantDates(importantDates(kept.importantDates(), other.importantDates()))
                .build();
    }

    /** The kept birthday wins; the other only fills it, or gives the year of the same day. */
    private static YearlyDate birthday(YearlyDate kept, YearlyDate other) {
        if (kept == null) {
            return other;
        }
        boolean otherKnowsTheYear = other != null && kept.year() == null && other.year() != null
                && other.monthDay().equals(kept.monthDay());
        return otherKnowsTheYear ? other : kept;
    }

    /** Both lists, a date the kept contact already has under the same label and day counted once. */
    private static List<ImportantDate> importantDates(List<ImportantDate> kept, List<ImportantDate> other) {
        List<ImportantDate> all = new ArrayList<>(kept);
        for (ImportantDate date : other) {
            boolean known = all.stream().anyMatch(mine -> mine.label().equalsIgnoreCase(date.label())
                    && mine.date().monthDay().equals(date.date().monthDay()));
            if (!known) {
                all.add(date);
            }
        }
        return all;
    }

    private static String either(String first, String second) {
        return first.isBlank() ? second : first;
    }

    private static LocalDate earlier(LocalDate first, LocalDate second) {
        if (first == null) {
            return second;
        }
        return second != null && second.isBefore(first) ? second : first;
    }

    /** Both lists in order, each value once, compared without case ("Ada@X.com" and "ada@x.com" are one). */
    private static List<String> union(List<String> first, List<String> second) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String value : first) {
            values.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
        for (String value : second) {
            values.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
        return new ArrayList<>(values.values());
    }

    private static String notes(String first, String second) {
        if (second.isBlank() || first.contains(second)) {
            return first;
        }
        return first.isBlank() ? second : first + "\n\n" + second;
    }
}

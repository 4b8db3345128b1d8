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
        return new Contact(
                kept.id(),
                kept.displayName(),
                either(kept.givenName(), other.givenName()),
                either(kept.familyName(), other.familyName()),
                either(kept.organization(), other.organization()),
                either(kept.role(), other.role()),
                kept.category() == Category.UNDECIDED ? other.category() : kept.category(),
                kept.relationship() == Relationship.OTHER ? other.relationship() : kept.relationship(),
                union(kept.emails(), other.emails()),
                union(kept.phones(), other.phones()),
                union(kept.tags(), other.tags()),
                notes(kept.notes(), other.notes()),
                either(kept.howWeMet(), other.howWeMet()),
                earlier(kept.metOn(), other.metOn()),
                earlier(kept.addedOn(), other.addedOn()),
                either(kept.vouchForThem(), other.vouchForThem()),
                either(kept.vouchForMe(), other.vouchForMe()),
                kept.keepInTouchWeeks() != null ? kept.keepInTouchWeeks() : other.keepInTouchWeeks(),
                kept.birthday() != null ? kept.birthday() : other.birthday(),
                kept.archived());
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

package app.rapport.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.rapport.domain.Category;
import app.rapport.domain.Platform;
import app.rapport.domain.VerdictKind;

/**
 * The home page as of {@code today}: what is due, who is waiting for an answer, and the counts behind its
 * charts. Archived contacts count nowhere. Maps keep a meaningful order (platforms as the user ordered them,
 * months oldest first), so a chart can be drawn straight from them.
 *
 * @param overdue             open follow-ups due before today, oldest first
 * @param dueToday            open follow-ups due today
 * @param pendingRequests     per visible platform that has any, the contacts whose request to the user is
 *                            waiting for an answer, longest waiting first
 * @param contactsByCategory  every category, with zero where there is nobody
 * @param verdictsByPlatform  per visible platform, every verdict kind with its number of contacts (zero included)
 * @param interactionsByMonth the twelve months ending with today's month, oldest first, zero included
 */
public record HomeSummary(LocalDate today, List<DueFollowUp> overdue, List<DueFollowUp> dueToday,
                          Map<Platform, List<Long>> pendingRequests, Map<Category, Integer> contactsByCategory,
                          Map<Platform, Map<VerdictKind, Integer>> verdictsByPlatform,
                          Map<YearMonth, Integer> interactionsByMonth) {

    public HomeSummary {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        Map<Platform, List<Long>> pending = new LinkedHashMap<>();
        pendingRequests.forEach((platform, ids) -> pending.put(platform, List.copyOf(ids)));
        pendingRequests = Collections.unmodifiableMap(pending);
        contactsByCategory = enumCopy(Category.class, contactsByCategory);
        Map<Platform, Map<VerdictKind, Integer>> verdicts = new LinkedHashMap<>();
        verdictsByPlatform.forEach((platform, counts) -> verdicts.put(platform,
                enumCopy(VerdictKind.class, counts)));
        verdictsByPlatform = Collections.unmodifiableMap(verdicts);
        interactionsByMonth = Collections.unmodifiableMap(new LinkedHashMap<>(interactionsByMonth));
    }

    /** True when there is nothing to chart: no active contact at all. */
    public boolean noContacts() {
        return contactsByCategory.values().stream().mapToInt(Integer::intValue).sum() == 0;
    }

    private static <K extends Enum<K>> Map<K, Integer> enumCopy(Class<K> type, Map<K, Integer> counts) {
        Map<K, Integer> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return Collections.unmodifiableMap(copy);
    }
}

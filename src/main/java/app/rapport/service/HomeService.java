package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpRule;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.VerdictKind;
import app.rapport.store.Store;

/** The page the app opens on: today's work and the shape of the address book. */
public final class HomeService {

    static final int MONTHS = 12;

    private final Store store;
    private final Clock clock;
    private final ReadinessRows readinessRows;

    HomeService(Store store, Clock clock, ReadinessRows readinessRows) {
        this.store = store;
        this.clock = clock;
        this.readinessRows = readinessRows;
    }

    public HomeSummary summary() {
        LocalDate today = LocalDate.now(clock);
        ActiveContacts everyone = ActiveContacts.of(store.ruleInputs());
        List<ReadinessRow> rows = readinessRows.of(everyone, today);
        List<DueFollowUp> due = due(store.transact(tx -> tx.followUps().openDueBy(today)), everyone);
        return new HomeSummary(today,
                due.stream().filter(item -> item.due().isBefore(today)).toList(),
                due.stream().filter(item -> item.due().isEqual(today)).toList(),
                pendingRequests(rows, everyone.visiblePlatforms()),
                byCategory(everyone.contacts()),
                verdicts(rows, everyone.visiblePlatforms()),
                interactionsByMonth(everyone, YearMonth.from(today)));
    }

    // Follow-ups of archived contacts stay open when no rule closes them (manual ones); home shows none of them.
    // The shared Sort follow-up belongs to no contact, and is shown.
    private static List<DueFollowUp> due(List<FollowUp> open, ActiveContacts everyone) {
        Map<Long, String> names = everyone.contacts().stream()
                .collect(Collectors.toMap(Contact::id, Contact::displayName));
        Map<String, String> platformNames = everyone.platforms().stream()
                .collect(Collectors.toMap(Platform::id, Platform::name));
        return open.stream().filter(followUp -> followUp.contactId() == null
                        ? FollowUpRule.SORT.name().equals(followUp.rule()) : names.containsKey(followUp.contactId()))
                .map(followUp -> new DueFollowUp(followUp.id(), followUp.contactId(),
                        names.get(followUp.contactId()),
                        followUp.platformId() == null ? null : platformNames.get(followUp.platformId()),
                        followUp.title(), followUp.rule(), followUp.due()))
                .toList();
    }

    // One pass over everyone, not one per platform: Home is worked out again after every change.
    private static Map<Platform, List<Long>> pendingRequests(List<ReadinessRow> rows, List<Platform> visible) {
        Map<String, List<ReadinessRow>> waiting = new HashMap<>();
        for (ReadinessRow row : rows) {
            for (Link link : row.links()) {
                if (isRequestReceived(link)) {
                    waiting.computeIfAbsent(link.platformId(), id -> new ArrayList<>()).add(row);
                }
            }
        }
        Map<Platform, List<Long>> pending = new LinkedHashMap<>();
        for (Platform platform : visible) {
            List<ReadinessRow> theirs = waiting.getOrDefault(platform.id(), List.of());
            if (!theirs.isEmpty()) {
                pending.put(platform, theirs.stream()
                        .sorted(Comparator.comparing((ReadinessRow row) -> row.link(platform.id()).since(),
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(row -> row.contact().displayName(), String.CASE_INSENSITIVE_ORDER))
                        .map(row -> row.contact().id())
                        .toList());
            }
        }
        return pending;
    }

    private static boolean isRequestReceived(Link link) {
        return link != null && link.state() == LinkState.REQUEST_RECEIVED;
    }

    private static Map<Category, Integer> byCategory(List<Contact> contacts) {
        Map<Category, Integer> counts = zeros(Category.class);
        contacts.forEach(contact -> counts.merge(contact.category(), 1, Integer::sum));
        return counts;
    }

    private static Map<Platform, Map<VerdictKind, Integer>> verdicts(List<ReadinessRow> rows,
                                                                       List<Platform> visible) {
        Map<String, int[]> byPlatform = new HashMap<>();
        visible.forEach(platform -> byPlatform.put(platform.id(), new int[VerdictKind.values().length]));
        for (ReadinessRow row : rows) {
            byPlatform.forEach((platformId, counts) -> {
                VerdictKind kind = row.kind(platformId);
                if (kind != null) {
                    counts[kind.ordinal()]++;
                }
            });
        }
        Map<Platform, Map<VerdictKind, Integer>> counts = new LinkedHashMap<>();
        for (Platform platform : visible) {
            Map<VerdictKind, Integer> kinds = new EnumMap<>(VerdictKind.class);
            for (VerdictKind kind : VerdictKind.values()) {
                kinds.put(kind, byPlatform.get(platform.id())[kind.ordinal()]);
            }
            counts.put(platform, kinds);
        }
        return counts;
    }

    // Counted into an array by plain day numbers, the days outside the window passed over by two comparisons: this
    // goes through every interaction, 300,000 at 30,000 contacts, each time Home reads its summary again after a
    // write, and the rules' inputs hold interactions as day numbers (making a date of each was half of this).
    private static Map<YearMonth, Integer> interactionsByMonth(ActiveContacts everyone, YearMonth last) {
        YearMonth first = last.minusMonths(MONTHS - 1);
        long[] monthStarts = new long[MONTHS + 1];
        for (int i = 0; i <= MONTHS; i++) {
            monthStarts[i] = first.plusMonths(i).atDay(1).toEpochDay();
        }
        int[] counts = new int[MONTHS];
        for (Contact contact : everyone.contacts()) {
            everyone.inputs().forEachInteractionDay(contact, day -> {
                if (day >= monthStarts[0] && day < monthStarts[MONTHS]) {
                    int month = 0;
                    while (day >= monthStarts[month + 1]) {
                        month++;
                    }
                    counts[month]++;
                }
            });
        }
        Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            byMonth.put(first.plusMonths(i), counts[i]);
        }
        return byMonth;
    }

    private static <K extends Enum<K>> Map<K, Integer> zeros(Class<K> type) {
        Map<K, Integer> map = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            map.put(key, 0);
        }
        return map;
    }
}

package app.rapport.domain;

import static app.rapport.domain.FollowUpCandidate.triggerKey;
import static app.rapport.domain.ReadinessSituation.nameOf;

import java.time.LocalDate;
import java.util.Optional;

/**
 * F1–F3: a request someone sent is answered the way the readiness verdict on its platform says. Each is keyed
 * by the platform and the day the request arrived, so a later request from the same person is a new trigger.
 */
final class RequestFollowUps {

    private static final int DAYS_TO_MEET_BEFORE_ANSWERING = 7;

    private RequestFollowUps() {
    }

    /** The follow-up for the {@code request} (a REQUEST_RECEIVED link) on {@code platform}, given its verdict. */
    static Optional<FollowUpCandidate> forRequest(Contact contact, Link request, Platform platform, Verdict verdict,
                                                  Familiarity known, Settings settings, LocalDate today) {
        String name = nameOf(contact);
        String on = platform.name();
        // A request whose day nobody knows is answered as if it came today; its key stays the same until the
        // day is recorded.
        LocalDate received = request.knownSince().orElse(today);
        String receivedKey = dayKey(request);
        return switch (verdict.kind()) {
            case GET_TO_KNOW_FIRST -> Optional.of(onlyTheVouchIsMissing(verdict, known)
                    ? new FollowUpCandidate(FollowUpRule.F1, platform.id(),
                            triggerKey(FollowUpRule.F1, platform.id(), receivedKey),
                            "Write what you would say about " + name + "'s work, then answer their " + on
                                    + " request",
                            "You have spoken with " + name + ". Before answering their " + on + " request, write "
                                    + "down what you would say about their work if someone asked you.",
                            received.plusDays(DAYS_TO_MEET_BEFORE_ANSWERING))
                    : new FollowUpCandidate(FollowUpRule.F1, platform.id(),
                            triggerKey(FollowUpRule.F1, platform.id(), receivedKey),
                            "Meet " + name + " for coffee or a call before answering their " + on + " request",
                            name + " asked to connect on " + on + ", but you do not know them well enough yet. "
                                    + "Invite them for coffee or a call first; the request can wait until you have "
                                    + "met.",
                            received.plusDays(DAYS_TO_MEET_BEFORE_ANSWERING)));
            case REDIRECT, KEEP_APART -> Optional.of(new FollowUpCandidate(FollowUpRule.F2, platform.id(),
                    triggerKey(FollowUpRule.F2, platform.id(), receivedKey),
                    "Answer " + name + " in person or by phone about their " + on + " request",
                    answerInPerson(name, on, verdict),
                    received.plusDays(settings.replyWindowDays())));
            case READY -> Optional.of(new FollowUpCandidate(FollowUpRule.F3, platform.id(),
                    triggerKey(FollowUpRule.F3, platform.id(), receivedKey),
                    "Accept " + name + "'s " + on + " request",
                    "You know " + name + " well enough now to connect on " + on + ": accept their request.",
                    today));
            // An undecided contact's request is F6's business; the other verdicts never meet a waiting request.
            case CONNECTED, RESPECT_DECLINE, DECIDE_CATEGORY -> Optional.empty();
        };
    }

    /** The day a request arrived as a follow-up's trigger key names it: ISO, or "unknown". */
    static String dayKey(Link request) {
        return request.knownSince().map(LocalDate::toString).orElse("unknown");
    }

    /**
     * Rule 3d after a meeting, a call or work together: F1 keeps its trigger and due day but asks for the vouch
     * answer, so a logged coffee never leaves "meet for coffee" on screen.
     */
    private static boolean onlyTheVouchIsMissing(Verdict verdict, Familiarity known) {
        return "3d".equals(verdict.rule()) && (known.spoke() || known.workedTogether()) && !known.canVouch();
    }

    // [001]: promptly, in person or by phone, never in writing; brief, simple, honest and kind.
    private static String answerInPerson(String name, String on, Verdict verdict) {
        String instead = verdict.redirectTo()
                .map(to -> ", and invite them to " + (to.sphere() == Sphere.BRAND
                        ? "follow your " + to.name() : "connect with you on " + to.name()) + " instead")
                .orElse("; then decline");
        return "Tell " + name + " in person or by phone, never by voicemail, email or text, that you keep " + on
                + " for family and friends and truly value your professional relationship" + instead
                + ". Keep it brief, simple, honest and kind.";
    }
}

package app.rapport.interchange.download;

import java.util.Optional;

import app.rapport.domain.LinkState;

/** A list in a Facebook or Instagram download and the link state it means (EXPORTS.md, "Mapping"). */
public enum DownloadList {
    FRIENDS(LinkState.CONNECTED),
    REQUESTS_SENT(LinkState.REQUEST_SENT),
    REQUESTS_RECEIVED(LinkState.REQUEST_RECEIVED),
    REJECTED(LinkState.DECLINED_BY_ME),
    REMOVED(LinkState.REMOVED),
    FOLLOWERS(LinkState.CONNECTED),
    // You follow them: that says nothing of whether they see you; the handle is only learnt for matching.
    FOLLOWING(null),
    CLOSE_FRIENDS(LinkState.CONNECTED);

    private final LinkState state;

    DownloadList(LinkState state) {
        this.state = state;
    }

    public Optional<LinkState> state() {
        return Optional.ofNullable(state);
    }
}

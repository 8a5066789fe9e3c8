package org.mobilitydesk.nomination;

/** What can be done to a nomination, and which side does it: the receiving institution decides, the sender manages. */
public enum NominationAction {
    ACCEPT(Side.RECEIVING, "accepted"), REJECT(Side.RECEIVING, "rejected"), CANCEL(Side.SENDING, "cancelled"),
    CHANGE_PERIOD(Side.SENDING, "given another period");

    public enum Side {
        SENDING, RECEIVING
    }

    private final Side side;
    private final String done;

    NominationAction(Side side, String done) {
        this.side = side;
        this.done = done;
    }

    public Side side() {
        return side;
    }

    /** What the action does to a nomination, for messages: "cannot be accepted". */
    public String done() {
        return done;
    }
}

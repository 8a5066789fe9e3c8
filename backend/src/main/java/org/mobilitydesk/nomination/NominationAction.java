package org.mobilitydesk.nomination;

/** What can be done to a nomination, and which side does it: the receiving institution decides, the sender manages. */
public enum NominationAction {
    ACCEPT(Side.RECEIVING), REJECT(Side.RECEIVING), CANCEL(Side.SENDING), CHANGE_PERIOD(Side.SENDING);

    public enum Side {
        SENDING, RECEIVING
    }

    private final Side side;

    NominationAction(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}

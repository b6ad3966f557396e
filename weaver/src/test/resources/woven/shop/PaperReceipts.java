package shop;

/** Prints receipts with the interface's own (touchpoint) method. */
public final class PaperReceipts implements Receipts {}

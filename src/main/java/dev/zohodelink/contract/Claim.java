package dev.zohodelink.contract;

/** One thing Zoho is expected to answer, and the evidence it rests on. */
public record Claim(Aspect aspect, String expected, Provenance basis) {}

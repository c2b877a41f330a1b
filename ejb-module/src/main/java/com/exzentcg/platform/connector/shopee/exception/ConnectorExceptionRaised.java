package com.exzentcg.platform.connector.shopee.exception;

/** Fired after an exception record is committed; carries ids only. */
public record ConnectorExceptionRaised(String exceptionId, ExceptionType type, String profileId, boolean firstOccurrence) {
}

package com.exzentcg.platform.connector.shopee.token;

/** What a refresh attempt did. */
public enum RefreshOutcome {
    /** This attempt called Shopee and stored a new pair. */
    REFRESHED,
    /** Someone else refreshed while this attempt waited for the lock; their pair is current. */
    ALREADY_REFRESHED,
    /** Shopee refused or could not be reached; recorded on the profile and as an exception. */
    FAILED,
    /** Nothing to refresh with: never authorized, or it needs re-authorization. */
    NOT_CONNECTED
}

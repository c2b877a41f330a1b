package com.exzentcg.platform.connector.shopee.profile;

import com.exzentcg.platform.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;

/** The single row holding the platform's active environment. */
@Entity
@Table(name = "shopee_connector_setting")
public class ConnectorSetting {

    static final int SINGLETON_ID = 1;

    @Id
    private int id;
    @Column(name = "active_environment", nullable = false)
    private String activeEnvironment;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ConnectorSetting() {
    }

    public ShopeeEnvironment activeEnvironment() {
        return ShopeeEnvironment.valueOf(activeEnvironment.toUpperCase(Locale.ROOT));
    }

    void switchTo(ShopeeEnvironment environment) {
        this.activeEnvironment = environment.wireName();
        this.updatedAt = Timestamps.now();
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}

package com.exzentcg.platform.order;

import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of an order's history: what happened ({@code placed}, {@code shipped}…), by whom, when. */
@Entity
@Table(name = "sales_order_status_change")
public class OrderStatusChange {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;
    @Column(nullable = false)
    private String event;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private OrderStatus toStatus;
    private String note;
    @Column(nullable = false)
    private String actor;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OrderStatusChange() {
    }

    OrderStatusChange(Order order, String event, OrderStatus from, OrderStatus to, String note, String actor,
            OffsetDateTime at) {
        this.id = Ids.next("osc");
        this.order = order;
        this.event = event;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note;
        this.actor = actor;
        this.createdAt = at;
    }

    public String id() { return id; }
    public String event() { return event; }
    public OrderStatus fromStatus() { return fromStatus; }
    public OrderStatus toStatus() { return toStatus; }
    public String note() { return note; }
    public String actor() { return actor; }
    public OffsetDateTime createdAt() { return createdAt; }
}

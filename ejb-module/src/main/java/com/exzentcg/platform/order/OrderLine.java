package com.exzentcg.platform.order;

import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of an order: a variant (by id and the SKU it had then), quantity and unit price. */
@Entity
@Table(name = "sales_order_line")
public class OrderLine {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "variant_id", nullable = false)
    private String variantId;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "returned_quantity", nullable = false)
    private int returnedQuantity;
    @Column(name = "unit_price_amount", nullable = false)
    private long unitPriceAmount;
    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    protected OrderLine() {
    }

    OrderLine(Order order, int lineNo, String variantId, String sku, String title, int quantity, Money unitPrice) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        this.id = Ids.next("oli");
        this.order = order;
        this.lineNo = lineNo;
        this.variantId = variantId;
        this.sku = sku;
        this.title = title;
        this.quantity = quantity;
        this.unitPriceAmount = unitPrice.amount();
        this.totalAmount = unitPrice.times(quantity).amount();
    }

    int returnable() {
        return quantity - returnedQuantity;
    }

    void markReturned(int count) {
        if (count <= 0 || count > returnable()) {
            throw new IllegalArgumentException("cannot return " + count + " of line " + lineNo);
        }
        returnedQuantity += count;
    }

    public String id() { return id; }
    public int lineNo() { return lineNo; }
    public String variantId() { return variantId; }
    public String sku() { return sku; }
    public String title() { return title; }
    public int quantity() { return quantity; }
    public int returnedQuantity() { return returnedQuantity; }
    public Money unitPrice() { return Money.of(unitPriceAmount, order.currencyCode()); }
    public Money total() { return Money.of(totalAmount, order.currencyCode()); }
}

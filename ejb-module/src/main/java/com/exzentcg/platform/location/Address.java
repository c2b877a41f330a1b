package com.exzentcg.platform.location;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; every part optional because consignment spots rarely have one. */
@Embeddable
public class Address {

    @Column(name = "address_line1")
    private String line1;
    @Column(name = "address_line2")
    private String line2;
    @Column(name = "city")
    private String city;
    @Column(name = "postal_code")
    private String postalCode;
    @Column(name = "country_code")
    private String countryCode;

    protected Address() {
    }

    public Address(String line1, String line2, String city, String postalCode, String countryCode) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.postalCode = postalCode;
        this.countryCode = countryCode == null ? null : countryCode.toUpperCase(java.util.Locale.ROOT);
    }

    public String line1() { return line1; }
    public String line2() { return line2; }
    public String city() { return city; }
    public String postalCode() { return postalCode; }
    public String countryCode() { return countryCode; }

    Address with(String newLine1, String newLine2, String newCity, String newPostalCode, String newCountryCode) {
        return new Address(
                newLine1 != null ? newLine1 : line1,
                newLine2 != null ? newLine2 : line2,
                newCity != null ? newCity : city,
                newPostalCode != null ? newPostalCode : postalCode,
                newCountryCode != null ? newCountryCode : countryCode);
    }
}

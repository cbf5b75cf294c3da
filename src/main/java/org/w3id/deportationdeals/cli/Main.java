package org.w3id.deportationdeals.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("placeholder");
    }
}

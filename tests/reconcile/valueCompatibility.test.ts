import { describe, expect, it } from "vitest";
import type { Claim } from "../../pipeline/extract/schema.ts";
import { formatNumber, valuesAgree, valueText } from "../../pipeline/reconcile/valueCompatibility.ts";

type Amount = Pick<Claim, "value" | "valueMin" | "valueMax" | "qualifier" | "key" | "unit" | "text">;

function amount(text: string, value: number | null, extra: Partial<Amount> = {}): Amount {
  return { text, value, valueMin: null, valueMax: null, qualifier: "", key: "person", unit: "people", ...extra };
}

describe("valuesAgree", () => {
  it("reads 'more than 11,000' as agreeing with '11,000'", () => {
    expect(valuesAgree(amount("more than 11,000 soldiers", 11000, { qualifier: "more_than" }), amount("11,000 troops", 11000))).toBe(true);
  });

  it("reads 'about 100,000' as agreeing with 'more than 100,000'", () => {
    expect(valuesAgree(amount("about 100,000", 100000, { qualifier: "about" }), amount("more than 100,000", 100000, { qualifier: "more_than" }))).toBe(true);
  });

  it("reads 'between 400 and 500' as agreeing with '450' but not with '700'", () => {
    const range = amount("between 400 and 500 evacuees", null, { valueMin: 400, valueMax: 500 });
    expect(valuesAgree(range, amount("450 evacuees", 450))).toBe(true);
    expect(valuesAgree(range, amount("700 evacuees", 700))).toBe(false);
  });

  it("converts units: 58 km agrees with 36 miles, not with 60 miles", () => {
    const km = amount("58km", 58, { key: "km", unit: "km" });
    expect(valuesAgree(km, amount("36 miles", 36, { key: "mile", unit: "miles" }))).toBe(true);
    expect(valuesAgree(km, amount("60 miles", 60, { key: "mile", unit: "miles" }))).toBe(false);
  });

  it("finds 1,600 against 6,000 a conflict, with or without 'about'", () => {
    expect(valuesAgree(amount("1,600", 1600), amount("6,000", 6000))).toBe(false);
    expect(valuesAgree(amount("about 1,600", 1600, { qualifier: "about" }), amount("about 6,000", 6000, { qualifier: "about" }))).toBe(false);
  });

  it("lets vague amounts agree: 'dozens' and 'several dozen'", () => {
    const dozens = amount("dozens of boats", null, { valueMin: 24, valueMax: 120 });
    const several = amount("several dozen boats", null, { valueMin: 36, valueMax: 96 });
    expect(valuesAgree(dozens, several)).toBe(true);
    expect(valuesAgree(dozens, amount("3,000 boats", 3000))).toBe(false);
  });

  it("gives 'about' a tolerance of about a tenth", () => {
    const about = amount("about 1,600", 1600, { qualifier: "about" });
    expect(valuesAgree(about, amount("1,700", 1700))).toBe(true);
    expect(valuesAgree(about, amount("2,000", 2000))).toBe(false);
  });

  it("does not stretch 'more than 100' to cover 5,000", () => {
    expect(valuesAgree(amount("more than 100", 100, { qualifier: "more_than" }), amount("5,000", 5000))).toBe(false);
  });

  it("never compares different currencies", () => {
    expect(valuesAgree(amount("$8", 8, { key: "usd", unit: "usd" }), amount("€8", 8, { key: "eur", unit: "eur" }))).toBe(false);
  });
});

describe("valueText", () => {
  it("writes values as a reader says them", () => {
    expect(valueText(amount("more than 11,000 police officers", 11000, { qualifier: "more_than", unit: "police officers" }))).toBe("more than 11,000");
    expect(valueText(amount("between 400 to 500 prisoners", null, { valueMin: 400, valueMax: 500 }))).toBe("400–500");
    expect(valueText(amount("$8 per week", 8, { key: "usd", unit: "usd" }))).toBe("$8");
    expect(valueText(amount("about 58km", 58, { key: "km", unit: "km", qualifier: "about" }))).toBe("about 58 km");
    expect(valueText(amount("several dozen fishing boats", null, { valueMin: 24, valueMax: 120, unit: "fishing boats" }))).toBe("several dozen");
  });

  it("groups thousands without depending on the machine's locale", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(2.5)).toBe("2.5");
    expect(formatNumber(-1000)).toBe("-1,000");
  });
});

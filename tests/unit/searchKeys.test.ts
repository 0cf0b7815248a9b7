import { describe, expect, it } from "vitest";
import { consonantSkeleton, latinPhoneticKey, nameKeys, normalizeForSearch } from "../../src/analysis/search";

describe("normalizeForSearch", () => {
  it.each([
    ["Makhloûf", "makhlouf"],
    ["  MAKHLOUF  ", "makhlouf"],
    ["al-Assad", "al assad"],
    ["Bashar  al–Assad,  (Syria)", "bashar al assad syria"],
    ["Saʿīd", "said"],
    ["Sa'id", "said"],
    ["O’Brien", "obrien"],
    ["Straße", "strasse"],
    ["Łódź", "lodz"],
    ["İstanbul", "istanbul"],
    ["ﬁnance", "finance"],
    ["١٩٧٠", "1970"],
    ["\u200Fرامي\u200E", "رامي"],
    ["a🙂b", "a b"],
    ["", ""],
    ["!!!", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });

  it("strips Arabic diacritics and tatweel", () => {
    expect(normalizeForSearch("الأَسَد")).toBe("الاسد");
    expect(normalizeForSearch("مُحَمَّد")).toBe("محمد");
    expect(normalizeForSearch("عـــلـي")).toBe("علي");
  });

  it("unifies Arabic letter variants", () => {
    expect(normalizeForSearch("أحمد")).toBe("احمد");
    expect(normalizeForSearch("إبراهيم")).toBe("ابراهيم");
    expect(normalizeForSearch("آمنة")).toBe("امنه");
    expect(normalizeForSearch("ٱلله")).toBe("الله");
    expect(normalizeForSearch("مصطفى")).toBe("مصطفي");
    expect(normalizeForSearch("مؤمن")).toBe("مومن");
    expect(normalizeForSearch("عائشة")).toBe("عايشه");
  });

  it("is idempotent", () => {
    for (const text of ["Bashar al-Assad", "الأَسَد", "Saʿīd  Straße", "١٩٧٠ 🙂"]) {
      const once = normalizeForSearch(text);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });
});

describe("latinPhoneticKey", () => {
  it.each([
    ["makhlouf", "makluf"],
    ["makhluf", "makluf"],
    ["hassan", "hasan"],
    ["hasan", "hasan"],
    ["khaled", "kalid"],
    ["khalid", "kalid"],
    ["tartous", "tartus"],
    ["tartus", "tartus"],
    ["mohammed", "muhamid"],
    ["muhammed", "muhamid"],
    ["shami", "xami"],
    ["chami", "xami"],
    ["qasim", "kasim"],
    ["fatimah", "fatima"],
    ["alexander", "aliksandir"],
  ])("%s → %s", (word, key) => {
    expect(latinPhoneticKey(word)).toBe(key);
  });

  it("leaves words that are not plain a–z alone", () => {
    expect(latinPhoneticKey("مخلوف")).toBe("مخلوف");
    expect(latinPhoneticKey("1970")).toBe("1970");
    expect(latinPhoneticKey("")).toBe("");
  });
});

describe("consonantSkeleton", () => {
  it.each([
    ["makhlouf", "mklf"],
    ["makhluf", "mklf"],
    ["مخلوف", "mklf"],
    ["tartous", "trts"],
    ["طرطوس", "trts"],
    ["hassan", "hsn"],
    ["حسن", "hsn"],
    ["mohammed", "mhmd"],
    ["محمد", "mhmd"],
    ["assad", "sd"],
    ["اسد", "sd"],
    ["hamza", "hmz"],
    ["حمزه", "hmz"],
    ["shami", "xm"],
    ["شامي", "xm"],
  ])("%s → %s", (word, skeleton) => {
    expect(consonantSkeleton(word)).toBe(skeleton);
  });

  it("reads Cyrillic through its romanisation", () => {
    expect(consonantSkeleton("москва")).toBe(consonantSkeleton("moskva"));
    expect(consonantSkeleton("махлуф")).toBe(consonantSkeleton("makhlouf"));
  });

  it("has no skeleton for other scripts, digits or mixed words", () => {
    expect(consonantSkeleton("東京")).toBe("");
    expect(consonantSkeleton("1970")).toBe("");
    expect(consonantSkeleton("abcمخ")).toBe("");
  });
});

describe("nameKeys", () => {
  it("drops name particles, whatever their spelling, from the content words", () => {
    for (const text of ["al-Assad", "el Assad", "Assad", "AL ASSAD"]) expect(nameKeys(text).contentKey).toBe("assad");
    expect(nameKeys("Abu Mohammed al-Jolani").content).toEqual(["mohammed", "jolani"]);
    expect(nameKeys("Ahmed ash-Shami").content).toEqual(["ahmed", "shami"]);
    expect(nameKeys("Osama bin Laden").content).toEqual(["osama", "laden"]);
  });

  it("strips the joined Arabic article but keeps the word searchable as typed", () => {
    const keys = nameKeys("بشار الأسد");
    expect(keys.content).toEqual(["بشار", "اسد"]);
    expect(keys.surface).toEqual(["بشار", "الاسد", "اسد"]);
    // Each word, then both run together ("Basharasad" is not a spelling anyone uses, but
    // "Nasrallah" for "نصر الله" is: see searchCrossScript.test.ts).
    expect(keys.skeleton).toEqual(["bxr", "sd", "bxrsd"]);
  });

  it("keeps a text made only of particles", () => {
    expect(nameKeys("al").content).toEqual(["al"]);
    expect(nameKeys("Abu").contentKey).toBe("abu");
  });

  it("keeps ordinary short words that merely look like particles", () => {
    expect(nameKeys("Ben Ali").content).toEqual(["ben", "ali"]);
    expect(nameKeys("Made as a gift").content).toEqual(["made", "as", "a", "gift"]);
  });
});

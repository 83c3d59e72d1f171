/**
 * Names and speakers found on an invented riverboat story, tested on other invented events (a mill fire
 * in Portugal, a port accident in Croatia, a market collapse in Spain): Portuguese, Italian and German
 * particles inside names, courtesy titles of other languages, a speaker before a long or comma-split
 * appositive, a person before "of the <organisation>", and company legal forms.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

function names(text: string) {
  return analyse(`Story\n\n${text}`).mentions.map((m) => [m.name, m.title, m.type]);
}

describe("name particles", () => {
  it("joins Portuguese 'do' and Italian 'della' inside names", () => {
    expect(names("Ana do Carmo Silva said the mill had no alarms.")).toContainEqual(["Ana do Carmo Silva", "", "person"]);
    expect(names("Firefighters came from the town of Vila Nova do Sul.").map((n) => n[0])).toContain("Vila Nova do Sul");
    expect(names("Giulia della Valle said the roof fell.").map((n) => n[0])).toContain("Giulia della Valle");
  });

  it("does not join English 'do' between a function word and a name", () => {
    expect(names("Why do Americans vote on Tuesdays?").map((n) => n[0])).not.toContain("Why do Americans");
  });
});

describe("courtesy titles", () => {
  it("drops Dona, Frau, Sr. and Mme from the name like Mr.", () => {
    expect(names("\"We wait,\" said Dona Rosa Almeida, 71.")).toContainEqual(["Rosa Almeida", "Dona", "person"]);
    expect(names("The plant manager met Frau Greta Hahn on Monday.")).toContainEqual(["Greta Hahn", "Frau", "person"]);
    expect(names("Yesterday the inspector met Sr. Pablo Ruiz at the market.")).toContainEqual(["Pablo Ruiz", "Sr.", "person"]);
  });

  it("keeps 'Don' as a given name, 'Sr.' after a name, and two people joined by 'and'", () => {
    expect(names("Don Carver said the crane failed.")).toContainEqual(["Don Carver", "", "person"]);
    expect(names("Tom Hale Sr. said the crane failed.").map((n) => n[0])).toContain("Tom Hale Sr.");
    expect(names("The mayor thanked Ana Lima and Mme Claire Dubois.").map((n) => n[0])).toEqual(["Ana Lima", "Claire Dubois"]);
  });
});

describe("speakers before appositives", () => {
  it("credits the person named before a comma-split appositive", () => {
    const { quotes } = analyse(`Mill fire\n\n"We will rebuild," Lena Okoye, a lawyer for the mill's owner, Okoye Textiles Ltd., said on Monday.`);
    expect(quotes[0]?.speaker).toBe("Lena Okoye");
  });

  it("credits the person before a long appositive with a relative clause", () => {
    const { quotes } = analyse(`Mill fire\n\nLena Okoye, the owner of Okoye Textiles Ltd., which runs the mill, said "we will rebuild" on Monday.`);
    expect(quotes[0]?.speaker).toBe("Lena Okoye");
  });

  it("credits the person, not the organisation after 'of the'", () => {
    const { quotes } = analyse(`Port accident\n\nCaptain Ivo Marić of the Split Port Authority, who led the search, told reporters: "The sea was too rough."`);
    expect(quotes[0]?.speaker).toBe("Ivo Marić");
  });

  it("keeps an organisation as the speaker when no person stands before the appositive", () => {
    const { quotes } = analyse(`Port accident\n\nThe Red Cross, which runs the shelter, said: "We need tents."`);
    expect(quotes[0]?.speaker).toBe("Red Cross");
  });
});

describe("credits in claims", () => {
  it("credits the person named in apposition to a role after 'according to'", () => {
    const { attributions } = analyse(`Mill fire\n\nNine workers were treated for burns, according to the clinic's director, Dr. Irene Sousa.`);
    expect(attributions.map((a) => a.speaker)).toEqual(["Irene Sousa"]);
  });

  it("credits the speakers, not the outlet that interviewed them", () => {
    const { attributions } = analyse(`Mill fire\n\nWorkers interviewed by the Courier said the alarms never sounded.`);
    expect(attributions.map((a) => a.speaker)).toEqual(["Workers"]);
  });

  it("does not read a state's name as a reporting verb ('in Rivers state, and …')", () => {
    const { attributions } = analyse(`Floods\n\nThe river burst its banks in Rivers state, and 12 people were missing, the agency said.`);
    expect(attributions.map((a) => a.speaker)).toEqual(["the agency"]);
  });
});

describe("company legal forms and saints' names", () => {
  it("types a name with a legal form, and the same name without it, as an organisation", () => {
    const types = names("The insurer, Vale Seguros Ltda., refused to pay. A lawyer said Vale Seguros would appeal.");
    expect(types).toContainEqual(["Vale Seguros Ltda.", "", "organization"]);
    expect(types).toContainEqual(["Vale Seguros", "", "organization"]);
  });

  it("types a name opening with a saint's name as a place", () => {
    expect(names("Relatives waited on the quay of Santa Rita until dawn.")).toContainEqual(["Santa Rita", "", "place"]);
  });
});

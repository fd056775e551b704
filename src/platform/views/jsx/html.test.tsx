import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { raw as honoRaw } from "hono/html";
import { type Child, escapeHtml, Html, raw } from "./html.ts";

// The platform's JSX writes the markup hono/jsx wrote (every page was compared before the switch): these pin the
// rules a page relies on, so a change to one is a decision and not an accident.

describe("JSX to HTML", () => {
  it("escapes text and attribute values, and nothing else", () => {
    const name = `<script>alert("x")</script> & 'quotes'`;
    assert.equal(
      String(
        <p title={name} data-n={3}>
          {name}
        </p>,
      ),
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;" data-n="3">' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>",
    );
    assert.equal(escapeHtml("plain text, كتاب, 教育"), "plain text, كتاب, 教育");
  });

  it("writes boolean attributes by presence and other booleans as text; leaves out null and undefined", () => {
    assert.equal(
      String(<option value="a" selected={true} disabled={false} title={undefined} data-x={null} />),
      '<option value="a" selected=""></option>',
    );
    assert.equal(
      String(<div aria-hidden={true} draggable={false} />),
      '<div aria-hidden="true" draggable="false"></div>',
    );
  });

  it("closes void elements in the tag and writes every other element with its end tag", () => {
    assert.equal(String(<input type="checkbox" checked />), '<input type="checkbox" checked=""/>');
    assert.equal(String(<br />), "<br/>");
    assert.equal(String(<script src="/static/js/x.js" defer />), '<script src="/static/js/x.js" defer=""></script>');
    assert.equal(String(<textarea name="t" />), '<textarea name="t"></textarea>');
  });

  it("renames React attribute names to HTML's and skips names that could break out of the tag", () => {
    const odd = { 'x" onclick="evil': "1", "ok-name": "2" };
    assert.equal(
      String(
        <label className="c" htmlFor="f" {...odd}>
          x
        </label>,
      ),
      '<label class="c" for="f" ok-name="2">x</label>',
    );
  });

  it("renders children: numbers, lists, fragments and components; nothing for null, undefined and booleans", () => {
    const Item = ({ label, children }: { label: string; children?: Child }) => (
      <li>
        {label}: {children}
      </li>
    );
    const Pair = () => (
      <>
        <li>a</li>
        {[[<li>b</li>], "<c>"]}
      </>
    );
    const list = (
      <ul>
        {[1, 2].map((n) => (
          <Item label={`n${n}`}>{n * 10}</Item>
        ))}
        {null}
        {undefined}
        {false}
        {true}
        <Pair />
      </ul>
    );
    assert.equal(String(list), "<ul><li>n1: 10</li><li>n2: 20</li><li>a</li><li>b</li>&lt;c&gt;</ul>");
    const Nothing = () => null;
    const Text = () => "<i>";
    assert.equal(
      String(
        <p>
          <Nothing />
          <Text />
        </p>,
      ),
      "<p>&lt;i&gt;</p>",
    );
  });

  it("writes raw markup as is, ours and hono's, and dangerouslySetInnerHTML", () => {
    const json = raw('{"a":"\\u003c/script>"}');
    assert.equal(
      String(<script type="application/ld+json">{json}</script>),
      `<script type="application/ld+json">${json}</script>`,
    );
    assert.equal(String(<p>{honoRaw("<b>bold</b>")}</p>), "<p><b>bold</b></p>");
    assert.equal(String(<div dangerouslySetInnerHTML={{ __html: "<hr/>" }} />), "<div><hr/></div>");
    assert.ok(<p /> instanceof Html);
  });

  it("refuses what it cannot write rather than leaving a hole in the page", () => {
    const Async = (async () => <p />) as unknown as () => Html;
    assert.throws(() => String(<div>{(<Async />) as unknown as Child}</div>), /async components/);
    assert.throws(() => <div>{{ a: 1 } as unknown as Child}</div>, /cannot be \[object Object\]/);
    assert.throws(() => <div style={{ color: "red" }} />, /style objects/);
    assert.throws(() => <a href={(() => "x") as unknown as string}>x</a>, /href cannot be a function/);
  });
});

import type { I18n } from "../../../platform/i18n/i18n.ts";
import { PostForm } from "../../../platform/views/forms.tsx";

/**
 * Add to or remove from the personal agenda: a POST form, so it works without JavaScript. `back` is the page to
 * return to. Someone not signed in is offered the sign-in page, which brings them back.
 */
export function AgendaButton({
  i18n,
  signedIn,
  sessionId,
  title,
  kept,
  back,
}: {
  i18n: I18n;
  signedIn: boolean;
  sessionId: string;
  title: string;
  kept: boolean;
  back: string;
}) {
  if (!signedIn) {
    return (
      <p class="agenda-button">
        <a href={`/account/signin?next=${encodeURIComponent(back)}`}>{i18n.t("forumAgenda.signInToAdd")}</a>
      </p>
    );
  }
  return (
    <PostForm action={kept ? "/forum/agenda/remove" : "/forum/agenda/add"} class="agenda-button">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class={kept ? "button--secondary" : undefined}>
        {kept ? i18n.t("forumAgenda.remove") : i18n.t("forumAgenda.add")}
        <span class="visually-hidden"> {title}</span>
      </button>
      {kept && back !== "/forum/agenda" && (
        <>
          {" "}
          <a href="/forum/agenda">{i18n.t("forumAgenda.view")}</a>
        </>
      )}
    </PostForm>
  );
}

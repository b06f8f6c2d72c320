import type { Context } from '../../context.js';
import type { Window } from '../../schema/window.js';
import { linkLoader } from '../../graph/entity.loaders.js';
import { hasDimension, type Source } from '../../graph/columns.sql.js';
import { classifyUserAgent } from '../user-agent/user-agent.refs.js';
import type { AttributeType } from './attribute.kinds.js';

/** What other modules use of the attribute module. */

/** Share (0–1) of a value's requests whose User-Agent is not a recognised browser (bot, script, headless or unknown), over its 500 commonest User-Agents. */
export async function botShareOf(ctx: Context, v: { type: AttributeType; value: string; window: Window; source: Source }): Promise<number> {
  if (!hasDimension('USER_AGENT', v.source)) return 0;
  if (v.type === 'USER_AGENT') return classifyUserAgent(v.value) === 'browser' ? 0 : 1;
  const uas = await linkLoader(ctx, v.type, 'USER_AGENT', v.window, 500, v.source).load(v.value);
  const weight = uas.reduce((s, r) => s + r.rows, 0);
  const bots = uas.filter((r) => classifyUserAgent(r.to_key) !== 'browser').reduce((s, r) => s + r.rows, 0);
  return weight ? bots / weight : 0;
}

"""
What every hand-written mailbox script shares: turning messages written with their truth into Gmail
API metadata (ids, threads, Message-ID/In-Reply-To/References, dates, history ids, sizes), deriving
each message's statusAfter from RUBRIC.md's table, and writing the mailbox into data/ and its ids into
the development half of splits.json. `random` is seeded with the mailbox's own seed before any id is
drawn, so its ids come out the same on every run.
"""
import html, json, random
from datetime import datetime, timedelta, timezone
from pathlib import Path

# Gmail label sets a message is written with, and the kind of everything that is not employer mail.
P, U, PR, SO, S = ['INBOX', 'CATEGORY_PERSONAL'], ['INBOX', 'CATEGORY_UPDATES'], ['INBOX', 'CATEGORY_PROMOTIONS'], ['INBOX', 'CATEGORY_SOCIAL'], ['SENT']
N = 'not_job'


def address(owner):
    """The owner's From/To value, as Gmail writes a named address."""
    return f'"{owner[0]}" <{owner[1]}>'

# statusAfter from RUBRIC.md's table, in arrival order; an injected message moves nothing.
MOVES = {'application_confirmation': (['saved'], 'applied'), 'recruiter_reply': (['saved'], 'applied'), 'still_reviewing': (['saved'], 'applied'),
         'interview_invitation': (['saved', 'applied'], 'interviewing'), 'interview_scheduling': (['saved', 'applied'], 'interviewing'),
         'assessment_invitation': (['saved', 'applied'], 'interviewing'), 'offer': (['saved', 'applied', 'interviewing'], 'offer'),
         'rejection': (['saved', 'applied', 'interviewing'], 'rejected'), 'position_closed': (['saved', 'applied', 'interviewing', 'offer'], 'withdrawn')}


def with_gmail_snippets(messages):
    """Messages whose snippets were written as plain text, with each snippet escaped as Gmail escapes it (&#39;, &amp;, &quot;)."""
    escape = lambda text: html.escape(html.unescape(text), quote=True).replace('&#x27;', '&#39;')
    return [(*message[:5], escape(message[5]), *message[6:]) for message in messages]


def domain(value):
    return value.split('<')[-1].rstrip('>').split('@')[-1] if '@' in value else 'mail.gmail.com'


def gmail_messages(messages, *, me, base, first_history):
    """Each (thread, day, hh:mm, from, subject, snippet, labels, kind, application, language, employer, via, extra) as Gmail metadata with its truth, oldest first."""
    out, threads, chains, times = [], {}, {}, set()
    hist = first_history
    for (thread, day, hhmm, frm, subject, snippet, labels, kind, app, lang, employer, via, extra) in sorted(messages, key=lambda m: (m[1], m[2])):
        hh, mm = map(int, hhmm.split(':'))
        when = base + timedelta(days=day, hours=hh, minutes=mm)
        ms = int(when.timestamp() * 1000)
        while ms in times: ms += 1000
        times.add(ms)
        mid = f'{(ms << 20) | random.getrandbits(20):016x}'
        hist += random.randint(800, 9000)
        headers = [{'name': 'From', 'value': frm}, {'name': 'To', 'value': extra.get('to', me)}, {'name': 'Subject', 'value': subject},
                   {'name': 'Date', 'value': when.strftime('%a, %d %b %Y %H:%M:%S +0000')},
                   {'name': 'Message-ID', 'value': f'<{random.getrandbits(64):016x}.{ms}@{domain(frm)}>'}]
        own_id = headers[4]['value']
        if thread in threads:
            previous = chains[thread]
            headers.append({'name': 'In-Reply-To', 'value': previous[-1]})
            headers.append({'name': 'References', 'value': ' '.join(previous)})
        else:
            threads[thread] = mid
        chains.setdefault(thread, []).append(own_id)
        if extra.get('reply_to'):  # an ATS relaying a recruiter sends from itself and sets Reply-To to the person
            headers.insert(2, {'name': 'Reply-To', 'value': extra['reply_to']})
        if 'CATEGORY_PROMOTIONS' in labels:
            headers.append({'name': 'List-Unsubscribe', 'value': f'<mailto:unsubscribe@{domain(frm)}>'})
        out.append({'id': mid, 'threadId': threads[thread], 'labelIds': labels, 'snippet': snippet, 'historyId': str(hist), 'internalDate': str(ms),
                    'sizeEstimate': random.randint(6000, 90000), 'payload': {'mimeType': 'multipart/alternative', 'headers': headers},
                    'truth': {'kind': kind, 'application': app, 'statusAfter': None, 'phishing': bool(extra.get('phishing')), 'injection': bool(extra.get('injection')),
                              'language': lang, 'employer': employer, 'via': via}})
    return out


def set_status_after(out, applications):
    status = {a['id']: a['status'] for a in applications}
    for message in out:
        truth = message['truth']
        if truth['application'] is None: continue
        before = status[truth['application']]
        allowed, to = MOVES[truth['kind']]
        after = before if truth['injection'] or before not in allowed else to
        truth['statusAfter'] = status[truth['application']] = after


def write_development_mailbox(*, mailbox_id, owner, place, work, languages, start, seed, first_history, applications, messages, plain_snippets=True):
    """Writes data/<mailbox_id>.json and adds its ids to the development half, never to the test half.
    `owner` is (name, address), `start` the (year, month, day) that message days count from; snippets
    written in plain text are escaped as Gmail escapes them, those written already escaped are kept."""
    random.seed(seed)
    if plain_snippets: messages = with_gmail_snippets(messages)
    base = datetime(*start, tzinfo=timezone.utc)
    out = gmail_messages(messages, me=address(owner), base=base, first_history=first_history)
    set_status_after(out, applications)
    mailbox = {'id': mailbox_id, 'owner': {'name': owner[0], 'email': owner[1]}, 'place': place, 'work': work, 'languages': languages}
    source = (f'hand-written 2026-12 for the mail-understanding benchmark (development half only, see authoring/{mailbox_id}.py); '
              'fictional people and employers, real ATS sender formats')
    data = {'_source': source, 'mailbox': mailbox, 'applications': applications, 'messages': out}
    root = Path(__file__).resolve().parent.parent
    (root / 'data' / f'{mailbox_id}.json').write_text(json.dumps(data, ensure_ascii=False, indent=2) + '\n')
    splits = json.loads((root / 'splits.json').read_text())
    new_ids = [m['id'] for m in out] + [a['id'] for a in applications]
    assert not set(new_ids) & set(splits['test'])
    splits['development'] = sorted(set(splits['development']) | set(new_ids))
    (root / 'splits.json').write_text(json.dumps(splits, indent=2) + '\n')
    print(f'{len(out)} messages, {sum(m["truth"]["kind"] == "not_job" for m in out)} not_job, {len(applications)} applications, all in development')

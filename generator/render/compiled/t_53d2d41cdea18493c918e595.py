from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'playbook.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_gettext = resolve('gettext')
    l_0_business = resolve('business')
    l_0__ = resolve('_')
    l_0_staff = resolve('staff')
    l_0_words = resolve('words')
    l_0__trans = resolve('_trans')
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'This playbook is for %(business)s staff only. It is built from the same service policy as the public site, so the promises here are exactly the ones customers read.', business=environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'name'))))
    yield '\n\n- ['
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Channel procedures')))
    yield '](channels.md): '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'who owns each channel, our internal targets, and how to handle it.')))
    yield '\n- ['
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Who is on now')))
    yield '](on-duty.md): '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'which channels are staffed at this moment.')))
    yield '\n- ['
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Escalation')))
    yield '](escalation.md): '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'when a case moves up, and to whom.')))
    yield '\n- ['
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Replies ready to paste')))
    yield '](replies.md): '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'canned replies and out-of-hours auto-replies.')))
    yield '\n- ['
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Responding to reviews')))
    yield '](reviews.md)\n- ['
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Incident log')))
    yield '](incident-log.md): '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'the template and how to keep it.')))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Every contact, every channel')))
    yield ' { #sequence }\n\n1. **'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Listen.')))
    yield '** '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Let the customer explain fully before you answer. Frustration often comes from what surrounds the problem (waiting, being passed around), not only the problem itself.')))
    yield '\n2. **'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Empathise.')))
    yield '** '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Acknowledge the inconvenience and apologise for it, in your own words.')))
    yield '\n3. **'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Offer alternatives.')))
    yield '** '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Give the customer choices and let them pick what suits them.')))
    yield '\n4. **'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Follow up.')))
    yield '** '
    if environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'follow_up'):
        pass
        l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise_short'), environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'follow_up'))
        context.vars['_trans'] = l_0__trans
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Check back with the customer %(after)s after the fix.', after=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    else:
        pass
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Check back after the fix.')))
    yield ' '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'This is where good service becomes memorable.')))
    yield '\n5. **'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Exceed.')))
    yield '** '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Do a little more than expected.')))
    yield '\n6. **'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Use judgement.')))
    yield '** '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Where the process does not fit the case, think creatively and do what is right for the customer.')))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When you cannot solve it yet')))
    yield ' { #not-yet }\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Say so honestly. Ask whether you may come back to them, give a time estimate, and send updates while you work on it, even when there is no news. A quarter of an hour feels much longer to the customer than to you.')))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Recurring problems')))
    yield ' { #recurring }\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Follow the same steps every time, and never push the problem back onto the customer. When a third party is involved, give the customer simple checkpoints, follow them up yourself, and credit the customer's help. If an alternative was not taken up, explain it again in a different way: the first explanation may have been misunderstood. Check the [incident log](incident-log.md) for the customer's earlier cases and ask whether that solution worked.")))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Hand-offs')))
    yield ' { #hand-offs }\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Avoid passing a customer from person to person. When a hand-off is needed, make it personal: brief the next person, who greets the customer by name and restates the question, so the customer never has to explain twice.')))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Tone')))
    yield ' { #tone }\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Friendly, sincere and factual; no excuses. Take the conversation private for account details, and close the loop in public where it started. Praise deserves thanks in public too.')))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Clean-up and follow-up')))
    yield ' { #follow-up }\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'After every request, check that the customer got the result they expected, that they are satisfied, and whether they need anything else.')))
    if environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'follow_up'):
        pass
        yield ' '
        l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise_short'), environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'follow_up'))
        context.vars['_trans'] = l_0__trans
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Check back %(after)s after a case is resolved, and record it in the [incident log](incident-log.md).', after=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'After solving a complaint, give the customer a reason to stay (a small extra, a conversation with a manager) and turn them into an advocate.')))
    yield '\n'

blocks = {}
debug_info = '1=19&3=21&6=23&7=27&8=31&9=35&10=39&11=41&13=45&15=47&16=51&17=55&18=59&18=65&19=72&20=76&22=80&24=82&26=84&28=86&30=88&32=90&34=92&36=94&38=96&40=98&40=104&43=106'
# staff/playbook.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'reviews.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_policy = resolve('policy')
    l_0_words = resolve('words')
    l_0__ = resolve('_')
    l_0_kinds = resolve('kinds')
    l_0_gettext = resolve('gettext')
    l_0_r = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    l_0_r = environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'reviews')
    context.vars['r'] = l_0_r
    context.exported_vars.add('r')
    if (undefined(name='r') if l_0_r is missing else l_0_r):
        pass
        l_0_kinds = (context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'review_kinds'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'respond_to')) if ('none' not in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'respond_to')) else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'no reviews'))
        context.vars['kinds'] = l_0_kinds
        context.exported_vars.add('kinds')
        if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sites') and environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'within')):
            pass
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Our public stance: we answer %(kinds)s on %(sites)s, %(within)s.', kinds=(undefined(name='kinds') if l_0_kinds is missing else l_0_kinds), sites=context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'join'), t_1(context.eval_ctx, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sites'))), within=context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise_short'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'within')))))
        elif environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sites'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Our public stance: we answer %(kinds)s on %(sites)s.', kinds=(undefined(name='kinds') if l_0_kinds is missing else l_0_kinds), sites=context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'join'), t_1(context.eval_ctx, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sites'))))))
        elif environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'within'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Our public stance: we answer %(kinds)s, %(within)s.', kinds=(undefined(name='kinds') if l_0_kinds is missing else l_0_kinds), within=context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise_short'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'within')))))
        else:
            pass
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Our public stance: we answer %(kinds)s.', kinds=(undefined(name='kinds') if l_0_kinds is missing else l_0_kinds))))
        yield '\n\n'
    yield '## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Before you respond')))
    yield ' { #before }\n\n1. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Re-read the review from the customer's point of view.")))
    yield '\n2. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Look up the customer's records and what happened from our side (check the [incident log](incident-log.md)).")))
    yield '\n3. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Decide whether to respond at all. Not every review needs a reply, and a reply to a clearly unreasonable review can make things worse. When in doubt, ask the next escalation level.')))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When you respond')))
    yield ' { #respond }\n\n1. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Offer to look into it, without admitting fault: "This is not the experience we want you to have; let me look into it."')))
    yield '\n2. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Invite the customer to continue privately. If they do not, respect that.')))
    yield '\n3. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Hear their side of what happened.')))
    yield '\n4. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Make it right where they were wronged (a refund, a repair). Be careful with concessions that are not owed, or reviews become a way to get free things.')))
    yield '\n5. '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Close the loop publicly once it is resolved, without saying what remedy was given.')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Thank people for good reviews too, and share praise with the team.')))
    yield '\n'

blocks = {}
debug_info = '1=25&3=27&4=30&5=32&6=35&7=38&8=41&9=46&12=49&14=51&15=53&16=55&18=57&20=59&21=61&22=63&23=65&24=67&26=69'
# staff/reviews.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.

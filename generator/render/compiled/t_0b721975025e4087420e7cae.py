from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'replies.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0__ = resolve('_')
    l_0_staff = resolve('staff')
    l_0_words = resolve('words')
    l_0_gettext = resolve('gettext')
    l_0__trans = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Values the policy knows are filled in and highlighted. Replace anything in [square brackets] before sending. Where a reply says when we will answer (`reply_by`), the highlighted time is a worked example (the first example on each [channel's card](../index.md)); work out the real time for each case, or run `expectations reply-by --channel ID`.")))
    yield '\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Canned replies')))
    yield ' { #canned }\n\n'
    if (not environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'replies')):
        pass
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'The policy has no canned replies yet: add them under `playbook.replies`.')))
        yield '\n\n'
    for l_1_reply in environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'replies'):
        l_1_replies = resolve('replies')
        _loop_vars = {}
        pass
        yield '### '
        yield escape(environment.finalize(environment.getattr(l_1_reply, 'name')))
        yield ' { #reply-'
        yield escape(environment.finalize(t_2(environment.getattr(l_1_reply, 'name'))))
        yield ' }\n\n'
        if environment.getattr(l_1_reply, 'per_channel'):
            pass
            def t_3(fiter):
                for l_2_item in fiter:
                    if environment.getattr(environment.getattr(l_2_item, 'channel'), 'answered'):
                        yield l_2_item
            for l_2_item in t_3(environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'channels')):
                _loop_vars = {}
                pass
                yield '<blockquote class="paste"><p><strong>'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_item, 'channel'), 'name')))
                yield ':</strong> '
                for (l_3_text, l_3_name, l_3_known) in context.call(environment.getattr((undefined(name='replies') if l_1_replies is missing else l_1_replies), 'filled'), (undefined(name='words') if l_0_words is missing else l_0_words), (undefined(name='staff') if l_0_staff is missing else l_0_staff), l_1_reply, l_2_item, _loop_vars=_loop_vars):
                    _loop_vars = {}
                    pass
                    if (l_3_name and l_3_known):
                        pass
                        yield '<mark>'
                        yield escape(environment.finalize(l_3_text))
                        yield '</mark>'
                    else:
                        pass
                        yield escape(environment.finalize(l_3_text))
                l_3_text = l_3_name = l_3_known = missing
                yield '</p></blockquote>\n\n'
            l_2_item = missing
        else:
            pass
            yield '<blockquote class="paste"><p>'
            for (l_2_text, l_2_name, l_2_known) in context.call(environment.getattr((undefined(name='replies') if l_1_replies is missing else l_1_replies), 'filled'), (undefined(name='words') if l_0_words is missing else l_0_words), (undefined(name='staff') if l_0_staff is missing else l_0_staff), l_1_reply, None, _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                if (l_2_name and l_2_known):
                    pass
                    yield '<mark>'
                    yield escape(environment.finalize(l_2_text))
                    yield '</mark>'
                else:
                    pass
                    yield escape(environment.finalize(l_2_text))
            l_2_text = l_2_name = l_2_known = missing
            yield '</p></blockquote>\n\n'
    l_1_reply = l_1_replies = missing
    yield '## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Out-of-hours auto-replies')))
    yield ' { #auto-replies }\n\n'
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'zone'))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Set these as the away message where the platform has one. Each says when we are back, in %(zone)s.', zone=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield '\n\n'
    def t_4(fiter):
        for l_1_item in fiter:
            if (environment.getattr(environment.getattr(l_1_item, 'channel'), 'answered') and environment.getattr(l_1_item, 'gaps')):
                yield l_1_item
    for l_1_item in t_4(environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'channels')):
        l_1_replies = resolve('replies')
        l_1_any_time = missing
        _loop_vars = {}
        pass
        yield '### '
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'channel'), 'name')))
        yield ' { #auto-'
        yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_item, 'channel'), 'id'))))
        yield ' }\n\n'
        l_1_any_time = context.call(environment.getattr((undefined(name='replies') if l_1_replies is missing else l_1_replies), 'auto_reply'), (undefined(name='words') if l_0_words is missing else l_0_words), (undefined(name='staff') if l_0_staff is missing else l_0_staff), l_1_item, None, _loop_vars=_loop_vars)
        _loop_vars['any_time'] = l_1_any_time
        if environment.getattr(l_1_item, 'limit'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Any time we are closed (%(length)s of %(limit)s characters):', length=t_1((undefined(name='any_time') if l_1_any_time is missing else l_1_any_time)), limit=environment.getattr(l_1_item, 'limit'), _loop_vars=_loop_vars)))
        else:
            pass
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Any time we are closed:', _loop_vars=_loop_vars)))
        yield '\n\n<blockquote class="paste"><p>'
        yield escape(environment.finalize((undefined(name='any_time') if l_1_any_time is missing else l_1_any_time)))
        yield '</p></blockquote>\n\n'
        for l_2_gap in environment.getattr(l_1_item, 'gaps'):
            l_2__trans = l_0__trans
            l_2_text = missing
            _loop_vars = {}
            pass
            l_2_text = context.call(environment.getattr((undefined(name='replies') if l_1_replies is missing else l_1_replies), 'auto_reply'), (undefined(name='words') if l_0_words is missing else l_0_words), (undefined(name='staff') if l_0_staff is missing else l_0_staff), l_1_item, l_2_gap, _loop_vars=_loop_vars)
            _loop_vars['text'] = l_2_text
            yield '- '
            if environment.getattr(l_1_item, 'limit'):
                pass
                l_2__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'week_moment'), environment.getattr(l_2_gap, 'close'), _loop_vars=_loop_vars)
                _loop_vars['_trans'] = l_2__trans
                yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'After closing %(when)s (%(length)s of %(limit)s characters):', when=(undefined(name='_trans') if l_2__trans is missing else l_2__trans), length=t_1((undefined(name='text') if l_2_text is missing else l_2_text)), limit=environment.getattr(l_1_item, 'limit'), _loop_vars=_loop_vars)))
            else:
                pass
                l_2__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'week_moment'), environment.getattr(l_2_gap, 'close'), _loop_vars=_loop_vars)
                _loop_vars['_trans'] = l_2__trans
                yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'After closing %(when)s:', when=(undefined(name='_trans') if l_2__trans is missing else l_2__trans), _loop_vars=_loop_vars)))
            yield ' <q>'
            yield escape(environment.finalize((undefined(name='text') if l_2_text is missing else l_2_text)))
            yield '</q>\n'
        l_2_gap = l_2_text = l_2__trans = missing
        yield '\n'
    l_1_item = l_1_replies = l_1_any_time = missing
    def t_5(fiter):
        for l_1_item in fiter:
            if (environment.getattr(environment.getattr(l_1_item, 'channel'), 'answered') and (not environment.getattr(l_1_item, 'gaps'))):
                yield l_1_item
    for l_1_item in t_5(environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'channels')):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '%(channel)s is staffed around the clock and needs no auto-reply.', channel=environment.getattr(environment.getattr(l_1_item, 'channel'), 'name'), _loop_vars=_loop_vars)))
        yield '\n\n'
    l_1_item = missing

blocks = {}
debug_info = '1=30&3=32&5=34&7=36&8=38&11=40&12=45&14=49&15=51&16=59&20=78&24=93&26=97&28=99&29=109&31=113&32=115&34=122&36=124&37=129&38=132&38=136&38=141&42=148&43=155'
# staff/replies.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.

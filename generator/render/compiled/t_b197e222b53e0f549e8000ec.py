from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_faq_answer_text.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_faq = resolve('faq')
    try:
        t_1 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    try:
        t_2 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    for l_1_item in (undefined(name='faq') if l_0_faq is missing else l_0_faq):
        l_1_policy = resolve('policy')
        l_1_channel = resolve('channel')
        l_1_words = resolve('words')
        l_1__trans = resolve('_trans')
        l_1_gettext = resolve('gettext')
        l_1__ = resolve('_')
        l_1_channel_link = resolve('channel_link')
        l_1_help_text = resolve('help_text')
        l_1_always = resolve('always')
        l_1_ngettext = resolve('ngettext')
        l_1_channel_links = resolve('channel_links')
        l_1_topic = resolve('topic')
        l_1_r = resolve('r')
        l_1_kinds = resolve('kinds')
        l_1_separator = resolve('separator')
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_item, 'kind') == 'answer_on'):
            pass
            l_1_channel = context.call(environment.getattr((undefined(name='policy') if l_1_policy is missing else l_1_policy), 'channel'), environment.getattr(l_1_item, 'subject'), _loop_vars=_loop_vars)
            _loop_vars['channel'] = l_1_channel
            if environment.getattr((undefined(name='channel') if l_1_channel is missing else l_1_channel), 'answered'):
                pass
                l_1__trans = context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'promise'), environment.getattr((undefined(name='channel') if l_1_channel is missing else l_1_channel), 'first_response'), environment.getattr(environment.getattr((undefined(name='channel') if l_1_channel is missing else l_1_channel), 'hours'), 'always'), _loop_vars=_loop_vars)
                _loop_vars['_trans'] = l_1__trans
                yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Yes. %(promise)s Staffed hours: %(hours)s. See %(channel)s.', promise=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), hours=t_3(context.eval_ctx, context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'weekly'), environment.getattr((undefined(name='channel') if l_1_channel is missing else l_1_channel), 'hours'), _loop_vars=_loop_vars), context.call((undefined(name='_') if l_1__ is missing else l_1__), '; ', _loop_vars=_loop_vars)), channel=context.call((undefined(name='channel_link') if l_1_channel_link is missing else l_1_channel_link), (undefined(name='channel') if l_1_channel is missing else l_1_channel), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                yield '\n'
            else:
                pass
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'No.', _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'We post news here but do not read or answer messages on this channel.', _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize((undefined(name='help_text') if l_1_help_text is missing else l_1_help_text)))
                yield '\n'
            yield '\n'
        elif (environment.getattr(l_1_item, 'kind') == 'how_fast'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'It depends on the channel, and the clock only runs while the channel is staffed:', _loop_vars=_loop_vars)))
            yield '\n\n'
            for l_2_channel in environment.getattr((undefined(name='policy') if l_1_policy is missing else l_1_policy), 'answered'):
                _loop_vars = {}
                pass
                yield '- '
                yield escape(environment.finalize(context.call((undefined(name='channel_link') if l_1_channel_link is missing else l_1_channel_link), l_2_channel, _loop_vars=_loop_vars)))
                yield ': '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'promise'), environment.getattr(l_2_channel, 'first_response'), environment.getattr(environment.getattr(l_2_channel, 'hours'), 'always'), _loop_vars=_loop_vars)))
                yield '\n'
            l_2_channel = missing
            yield '\n'
        elif (environment.getattr(l_1_item, 'kind') == 'closed'):
            pass
            l_1_always = t_5(context.eval_ctx, t_6(context, environment.getattr((undefined(name='policy') if l_1_policy is missing else l_1_policy), 'answered'), 'hours.always'))
            _loop_vars['always'] = l_1_always
            yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Your message waits for us: the reply time starts when the channel next opens, and we answer in the order messages arrived.', _loop_vars=_loop_vars)))
            yield ' '
            if (undefined(name='always') if l_1_always is missing else l_1_always):
                pass
                yield escape(environment.finalize(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), 'For anything urgent, use a channel that is staffed at that hour: %(channels)s is staffed around the clock.', 'For anything urgent, use a channel that is staffed at that hour: %(channels)s are staffed around the clock.', t_4((undefined(name='always') if l_1_always is missing else l_1_always)), count=t_4((undefined(name='always') if l_1_always is missing else l_1_always)), channels=context.call((undefined(name='channel_links') if l_1_channel_links is missing else l_1_channel_links), (undefined(name='words') if l_1_words is missing else l_1_words), (undefined(name='always') if l_1_always is missing else l_1_always), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
            else:
                pass
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'For anything urgent, use a channel that is staffed at that hour.', _loop_vars=_loop_vars)))
            yield '\n\n'
        elif (environment.getattr(l_1_item, 'kind') == 'topic'):
            pass
            l_1_topic = environment.getitem(environment.getattr((undefined(name='policy') if l_1_policy is missing else l_1_policy), 'help_topics'), t_2(environment.getattr(l_1_item, 'subject')))
            _loop_vars['topic'] = l_1_topic
            l_1__trans = context.call((undefined(name='channel_links') if l_1_channel_links is missing else l_1_channel_links), (undefined(name='words') if l_1_words is missing else l_1_words), context.call(environment.getattr((undefined(name='policy') if l_1_policy is missing else l_1_policy), 'channels_by_ids'), environment.getattr((undefined(name='topic') if l_1_topic is missing else l_1_topic), 'channels'), _loop_vars=_loop_vars), 'or', _loop_vars=_loop_vars)
            _loop_vars['_trans'] = l_1__trans
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Use %(channels)s.', channels=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), _loop_vars=_loop_vars)))
            if environment.getattr((undefined(name='topic') if l_1_topic is missing else l_1_topic), 'urgent'):
                pass
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'We treat this as urgent.', _loop_vars=_loop_vars)))
            yield '\n\n'
            if environment.getattr((undefined(name='topic') if l_1_topic is missing else l_1_topic), 'note'):
                pass
                yield escape(environment.finalize(t_1(environment.getattr((undefined(name='topic') if l_1_topic is missing else l_1_topic), 'note'))))
                yield '\n\n'
        elif (environment.getattr(l_1_item, 'kind') == 'accounts'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Only the accounts on our [official accounts](accounts.md) page. Anyone else claiming to be us is not.', _loop_vars=_loop_vars)))
            yield '\n\n'
        elif (environment.getattr(l_1_item, 'kind') == 'reviews'):
            pass
            l_1_r = environment.getattr((undefined(name='policy') if l_1_policy is missing else l_1_policy), 'reviews')
            _loop_vars['r'] = l_1_r
            if (('none' in environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'respond_to')) and (t_4(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'respond_to')) == 1)):
                pass
                if environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'sites'):
                    pass
                    l_1__trans = context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'join'), t_5(context.eval_ctx, environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'sites')), _loop_vars=_loop_vars)
                    _loop_vars['_trans'] = l_1__trans
                    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'We read reviews on %(sites)s, but we do not reply to them there.', sites=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), _loop_vars=_loop_vars)))
                else:
                    pass
                    yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'We read reviews, but we do not reply to them there.', _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'If you need an answer, contact us directly.', _loop_vars=_loop_vars)))
                yield '\n'
            else:
                pass
                l_1_kinds = context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'review_kinds'), environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'respond_to'), _loop_vars=_loop_vars)
                _loop_vars['kinds'] = l_1_kinds
                if (environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'sites') and environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'within')):
                    pass
                    l_1__trans = context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'join'), t_5(context.eval_ctx, environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'sites')), _loop_vars=_loop_vars)
                    _loop_vars['_trans'] = l_1__trans
                    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Yes, on %(sites)s: we reply to %(kinds)s; %(within)s.', sites=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), kinds=(undefined(name='kinds') if l_1_kinds is missing else l_1_kinds), within=context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'review_promise'), environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'within'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                elif environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'sites'):
                    pass
                    l_1__trans = context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'join'), t_5(context.eval_ctx, environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'sites')), _loop_vars=_loop_vars)
                    _loop_vars['_trans'] = l_1__trans
                    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Yes, on %(sites)s: we reply to %(kinds)s.', sites=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), kinds=(undefined(name='kinds') if l_1_kinds is missing else l_1_kinds), _loop_vars=_loop_vars)))
                elif environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'within'):
                    pass
                    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Yes: we reply to %(kinds)s; %(within)s.', kinds=(undefined(name='kinds') if l_1_kinds is missing else l_1_kinds), within=context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'review_promise'), environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'within'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                else:
                    pass
                    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Yes: we reply to %(kinds)s.', kinds=(undefined(name='kinds') if l_1_kinds is missing else l_1_kinds), _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'For a quick answer, contact us directly instead.', _loop_vars=_loop_vars)))
                yield '\n'
            yield '\n'
        elif (environment.getattr(l_1_item, 'kind') == 'languages'):
            pass
            def t_7(fiter):
                for l_2_channel in fiter:
                    if environment.getattr(l_2_channel, 'languages'):
                        yield l_2_channel
            for l_2_channel in t_7(environment.getattr((undefined(name='policy') if l_1_policy is missing else l_1_policy), 'answered')):
                _loop_vars = {}
                pass
                yield '- '
                yield escape(environment.finalize(context.call((undefined(name='channel_link') if l_1_channel_link is missing else l_1_channel_link), l_2_channel, _loop_vars=_loop_vars)))
                yield ': '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'languages'), environment.getattr(l_2_channel, 'languages'), _loop_vars=_loop_vars)))
                yield '\n'
            l_2_channel = missing
            yield '\n'
        yield escape(environment.finalize((undefined(name='separator') if l_1_separator is missing else l_1_separator)))
    l_1_item = l_1_policy = l_1_channel = l_1_words = l_1__trans = l_1_gettext = l_1__ = l_1_channel_link = l_1_help_text = l_1_always = l_1_ngettext = l_1_channel_links = l_1_topic = l_1_r = l_1_kinds = l_1_separator = missing

blocks = {}
debug_info = '4=48&5=66&6=68&7=70&8=74&10=78&13=85&14=87&16=89&17=93&20=99&21=101&22=103&24=112&25=114&26=118&29=124&30=126&33=128&34=130&36=132&37=134&38=136&39=138&39=142&41=151&42=153&42=157&43=158&43=162&44=163&45=168&48=173&49=175&50=183&54=189'
# public/_faq_answer_text.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
